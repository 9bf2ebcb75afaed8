// Mutant: spreads the dangling mass without the damping factor
import java.util.*;

class Solution {
    public double[] pagerank(int n, int[][] edges, double damping, double tol, int maxIter) {
        List<Set<Integer>> targets = new ArrayList<>();
        for (int u = 0; u < n; u++) targets.add(new TreeSet<>());
        for (int[] edge : edges) targets.get(edge[0]).add(edge[1]); // a repeated edge counts once
        int[][] out = new int[n][];
        List<Integer> danglingNodes = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            out[u] = targets.get(u).stream().mapToInt(Integer::intValue).toArray();
            if (out[u].length == 0) danglingNodes.add(u);
        }

        double[] rank = new double[n];
        Arrays.fill(rank, 1.0 / n);
        for (int iter = 0; iter < maxIter; iter++) {
            double dangling = 0;
            for (int u : danglingNodes) dangling += rank[u];
            double[] next = new double[n];
            Arrays.fill(next, (1 - damping) / n + dangling / n);
            for (int u = 0; u < n; u++) {
                if (out[u].length == 0) continue;
                double share = damping * rank[u] / out[u].length;
                for (int v : out[u]) next[v] += share;
            }
            double change = 0;
            for (int v = 0; v < n; v++) change += Math.abs(next[v] - rank[v]);
            rank = next;
            if (change < tol) break;
        }
        return rank;
    }
}
