// Mutant: for each k sweeps over all accounts, removing those below k, until a sweep removes nobody; right answers, one sweep per link of a long chain
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
            // Everyone still here has at least k - 1 connections among the others left.
            for (int v = 0; v < n; v++) {
                if (!removed[v]) core[v] = k - 1;
            }
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int v = 0; v < n; v++) {
                    if (removed[v] || degree[v] >= k) continue;
                    removed[v] = true;
                    left--;
                    changed = true;
                    for (int u : neighbours.get(v)) {
                        if (!removed[u]) degree[u]--;
                    }
                }
            }
        }
        return core;
    }
}
