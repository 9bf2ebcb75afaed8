// Mutant: reads the transition matrix the wrong way round, trans[j][i] for a move from tag i to tag j
import java.util.*;

class Solution {
    public Tagging viterbiTags(double[] start, double[][] trans, double[][] emit, int[] words) {
        int n = words.length;
        int numTags = start.length;
        if (n == 0) return new Tagging(new int[0], 0.0);
        // best[j]: highest log-probability of a tagging of words[0..k] that ends in tag j.
        double[] best = new double[numTags];
        for (int j = 0; j < numTags; j++) best[j] = start[j] + emit[j][words[0]];
        int[][] back = new int[n][numTags]; // back[k][j]: the previous tag on that best tagging
        for (int k = 1; k < n; k++) {
            double[] next = new double[numTags];
            for (int j = 0; j < numTags; j++) {
                int arg = 0;
                double top = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < numTags; i++) {
                    // Strictly greater keeps the lowest previous tag on ties.
                    double candidate = best[i] + trans[j][i];
                    if (candidate > top) {
                        top = candidate;
                        arg = i;
                    }
                }
                next[j] = top + emit[j][words[k]];
                back[k][j] = arg;
            }
            best = next;
        }
        int last = 0;
        for (int j = 1; j < numTags; j++) if (best[j] > best[last]) last = j;
        if (best[last] == Double.NEGATIVE_INFINITY) return new Tagging(new int[0], Double.NEGATIVE_INFINITY);
        int[] tags = new int[n];
        tags[n - 1] = last;
        for (int k = n - 1; k > 0; k--) tags[k - 1] = back[k][tags[k]];
        return new Tagging(tags, best[last]);
    }
}
