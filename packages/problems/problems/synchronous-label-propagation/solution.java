import java.util.*;

class Solution {
    public int[] propagateLabels(int n, int[][] edges, int maxRounds) {
        int[] degree = new int[n];
        for (int[] e : edges) {
            if (e[0] == e[1]) continue; // a self-pair is not a neighbour
            degree[e[0]]++;
            degree[e[1]]++;
        }
        // compressed adjacency: neighbours of v are at[start[v] .. start[v + 1]), one per listing
        int[] start = new int[n + 1];
        for (int v = 0; v < n; v++) start[v + 1] = start[v] + degree[v];
        int[] at = new int[start[n]];
        int[] fill = Arrays.copyOf(start, n);
        for (int[] e : edges) {
            if (e[0] == e[1]) continue;
            at[fill[e[0]]++] = e[1];
            at[fill[e[1]]++] = e[0];
        }
        int[] labels = new int[n];
        for (int v = 0; v < n; v++) labels[v] = v;
        int[] votes = new int[n]; // reused tally, cleared after each member
        for (int round = 0; round < maxRounds; round++) {
            // every member reads the labels of the previous round, never this round's
            int[] next = labels.clone();
            boolean changed = false;
            for (int v = 0; v < n; v++) {
                if (start[v] == start[v + 1]) continue;
                int best = -1;
                for (int i = start[v]; i < start[v + 1]; i++) {
                    int label = labels[at[i]];
                    votes[label]++;
                    if (best < 0 || votes[label] > votes[best]
                            || (votes[label] == votes[best] && label < best)) best = label;
                }
                for (int i = start[v]; i < start[v + 1]; i++) votes[labels[at[i]]] = 0;
                next[v] = best;
                if (best != labels[v]) changed = true;
            }
            if (!changed) break;
            labels = next;
        }
        return labels;
    }
}
