// Mutant: scores every one of the T^n taggings; right answers, far too slow for the query with 3000 words
import java.util.*;

class Solution {
    public Tagging viterbiTags(double[] start, double[][] trans, double[][] emit, int[] words) {
        int n = words.length;
        int numTags = start.length;
        if (n == 0) return new Tagging(new int[0], 0.0);
        double best = Double.NEGATIVE_INFINITY;
        int[] bestTags = null;
        int[] tags = new int[n];
        while (true) {
            double score = start[tags[0]] + emit[tags[0]][words[0]];
            for (int k = 1; k < n; k++) score += trans[tags[k - 1]][tags[k]] + emit[tags[k]][words[k]];
            if (score > best) {
                best = score;
                bestTags = tags.clone();
            }
            int k = 0;
            while (k < n && tags[k] == numTags - 1) tags[k++] = 0;
            if (k == n) break;
            tags[k]++;
        }
        if (bestTags == null) return new Tagging(new int[0], Double.NEGATIVE_INFINITY);
        return new Tagging(bestTags, best);
    }
}
