// Mutant: also lowers a neighbour whose count equals the taken account's, pushing it one below its core number
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

        // Counting sort by degree: order[pos[v]] == v, bucketStart[d] is the first slot of degree d.
        int[] bucketStart = new int[maxDegree + 2];
        for (int d : degree) bucketStart[d + 1]++;
        for (int d = 0; d <= maxDegree; d++) bucketStart[d + 1] += bucketStart[d];
        int[] order = new int[n];
        int[] pos = new int[n];
        int[] nextSlot = bucketStart.clone();
        for (int v = 0; v < n; v++) {
            pos[v] = nextSlot[degree[v]]++;
            order[pos[v]] = v;
        }

        // Take members in order of current degree; that degree is the member's core number.
        for (int i = 0; i < n; i++) {
            int v = order[i];
            int dv = degree[v];
            for (int j = start[v]; j < start[v + 1]; j++) {
                int u = adjacency[j];
                int du = degree[u];
                if (du < dv) continue; // already taken
                // Swap u to the front of its bucket, then shrink the bucket: u moves to du - 1.
                int first = bucketStart[du];
                int w = order[first];
                if (w != u) {
                    int pu = pos[u];
                    order[first] = u;
                    order[pu] = w;
                    pos[u] = first;
                    pos[w] = pu;
                }
                bucketStart[du]++;
                degree[u] = du - 1;
            }
        }
        return degree;
    }
}
