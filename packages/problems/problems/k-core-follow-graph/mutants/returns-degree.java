// Mutant: returns each account's number of distinct connections instead of its core number
import java.util.*;

class Solution {
    public int[] coreNumbers(int n, int[][] edges) {
        // Adjacency in one flat array (CSR); a self-pair connects nobody.
        int[] rawStart = new int[n + 1];
        for (int[] e : edges) {
            if (e[0] == e[1]) continue;
            rawStart[e[0] + 1]++;
            rawStart[e[1] + 1]++;
        }
        for (int v = 0; v < n; v++) rawStart[v + 1] += rawStart[v];
        int[] raw = new int[rawStart[n]];
        int[] fill = Arrays.copyOf(rawStart, n);
        for (int[] e : edges) {
            if (e[0] == e[1]) continue;
            raw[fill[e[0]]++] = e[1];
            raw[fill[e[1]]++] = e[0];
        }
        // Drop repeated pairs: stamp[u] == v means u is already listed as v's neighbour.
        int[] stamp = new int[n];
        Arrays.fill(stamp, -1);
        int[] start = new int[n + 1];
        int[] adjacency = new int[raw.length];
        int[] degree = new int[n];
        int size = 0;
        int maxDegree = 0;
        for (int v = 0; v < n; v++) {
            start[v] = size;
            for (int i = rawStart[v]; i < rawStart[v + 1]; i++) {
                int u = raw[i];
                if (stamp[u] == v) continue;
                stamp[u] = v;
                adjacency[size++] = u;
            }
            degree[v] = size - start[v];
            maxDegree = Math.max(maxDegree, degree[v]);
        }
        start[n] = size;
        return degree;
    }
}
