// Mutant: an account removed while peeling to the k-core gets k, one more than its core number k - 1
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
            ArrayDeque<Integer> stack = new ArrayDeque<>();
            for (int v = 0; v < n; v++) {
                if (!removed[v] && degree[v] < k) {
                    removed[v] = true;
                    stack.push(v);
                }
            }
            while (!stack.isEmpty()) {
                int v = stack.pop();
                core[v] = k;
                left--;
                for (int u : neighbours.get(v)) {
                    if (removed[u]) continue;
                    if (--degree[u] < k) {
                        removed[u] = true;
                        stack.push(u);
                    }
                }
            }
        }
        return core;
    }
}
