// Mutant: for each k removes the accounts below k in one sweep, without re-checking neighbours that drop below k
import java.util.*;

class Solution {
    public int[] coreNumbers(int n, int[][] edges) {
        List<Set<Integer>> neighbours = new ArrayList<>(n);
        for (int i = 0; i < n; i++) neighbours.add(new HashSet<>());
        for (int[] e : edges) {
            if (e[0] == e[1]) continue;
            neighbours.get(e[0]).add(e[1]);
            neighbours.get(e[1]).add(e[0]);
        }
        int[] degree = new int[n];
        for (int v = 0; v < n; v++) degree[v] = neighbours.get(v).size();
        boolean[] removed = new boolean[n];
        int[] core = new int[n];
        int left = n;
        for (int k = 1; left > 0; k++) {
            List<Integer> drop = new ArrayList<>();
            for (int v = 0; v < n; v++) {
                if (!removed[v] && degree[v] < k) drop.add(v);
            }
            for (int v : drop) removed[v] = true;
            for (int v : drop) {
                core[v] = k - 1;
                left--;
                for (int u : neighbours.get(v)) {
                    if (!removed[u]) degree[u]--;
                }
            }
        }
        return core;
    }
}
