// Mutant: compares every pair of views inside a session, O(L^2) per session (correct output, too slow)
import java.util.*;

class Solution {
    public Neighbor[][] covisitationCandidates(int[][] events, int window, int[] queries, int k) {
        Map<Integer, List<int[]>> sessions = new HashMap<>();
        for (int[] e : events) sessions.computeIfAbsent(e[0], s -> new ArrayList<>()).add(e);
        Set<Integer> wanted = new HashSet<>();
        for (int q : queries) wanted.add(q);
        Map<Integer, Map<Integer, Integer>> counts = new HashMap<>();
        for (List<int[]> list : sessions.values()) {
            int n = list.size();
            long[] times = new long[n];
            int[] items = new int[n];
            for (int i = 0; i < n; i++) {
                times[i] = list.get(i)[2];
                items[i] = list.get(i)[1];
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (items[i] == items[j] || Math.abs(times[i] - times[j]) > window) continue;
                    int a = items[i];
                    int b = items[j];
                    if (wanted.contains(a)) {
                        counts.computeIfAbsent(a, q -> new HashMap<>()).merge(b, 1, Integer::sum);
                    }
                    if (wanted.contains(b)) {
                        counts.computeIfAbsent(b, q -> new HashMap<>()).merge(a, 1, Integer::sum);
                    }
                }
            }
        }
        Neighbor[][] result = new Neighbor[queries.length][];
        for (int j = 0; j < queries.length; j++) {
            Map<Integer, Integer> row = counts.getOrDefault(queries[j], Map.of());
            List<Neighbor> ranked = new ArrayList<>();
            for (Map.Entry<Integer, Integer> en : row.entrySet()) {
                ranked.add(new Neighbor(en.getKey(), en.getValue()));
            }
            ranked.sort((a, b) -> a.count() != b.count()
                    ? Integer.compare(b.count(), a.count())
                    : Integer.compare(a.item(), b.item()));
            result[j] = ranked.subList(0, Math.min(k, ranked.size())).toArray(new Neighbor[0]);
        }
        return result;
    }
}
