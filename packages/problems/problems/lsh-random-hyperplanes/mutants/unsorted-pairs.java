// Mutant: returns the pairs in the order the HashSet holds them, not sorted
import java.util.*;

class Solution {
    public int[][] lshCandidatePairs(int[][] vectors, int[][] hyperplanes, int bands) {
        int n = vectors.length;
        int rows = hyperplanes.length / bands;
        // One bit per hyperplane: which side of it the vector lies on (a dot of 0 counts as 1).
        char[][] signatures = new char[n][hyperplanes.length];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < hyperplanes.length; t++) {
                long dot = 0;
                for (int c = 0; c < vectors[i].length; c++) dot += (long) vectors[i][c] * hyperplanes[t][c];
                signatures[i][t] = dot >= 0 ? '1' : '0';
            }
        }
        // A pair (i, j) is stored as i * n + j, so sorting the codes sorts the pairs.
        Set<Long> pairs = new HashSet<>();
        for (int band = 0; band < bands; band++) {
            Map<String, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String key = new String(signatures[i], band * rows, rows);
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
            for (List<Integer> members : buckets.values()) {
                // members are in increasing index order, so every pair comes out with i < j
                for (int a = 0; a < members.size(); a++) {
                    for (int b = a + 1; b < members.size(); b++) {
                        pairs.add((long) members.get(a) * n + members.get(b));
                    }
                }
            }
        }
        long[] codes = pairs.stream().mapToLong(Long::longValue).toArray();
        int[][] result = new int[codes.length][];
        for (int p = 0; p < codes.length; p++) {
            result[p] = new int[] {(int) (codes[p] / n), (int) (codes[p] % n)};
        }
        return result;
    }
}
