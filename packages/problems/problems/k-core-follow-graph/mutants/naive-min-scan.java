// Mutant: finds the next account to remove by scanning every account for the smallest degree; right answers, O(n^2)
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
        int level = 0;
        for (int step = 0; step < n; step++) {
            int best = -1;
            for (int v = 0; v < n; v++) {
                if (!removed[v] && (best < 0 || degree[v] < degree[best])) best = v;
            }
            removed[best] = true;
            level = Math.max(level, degree[best]);
            core[best] = level;
            for (int u : neighbours.get(best)) {
                if (!removed[u]) degree[u]--;
            }
        }
        return core;
    }
}
