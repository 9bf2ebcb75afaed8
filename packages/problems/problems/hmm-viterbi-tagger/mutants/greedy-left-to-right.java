// Mutant: greedy, word by word: takes the best tag for each word given the tag already chosen before it
import java.util.*;

class Solution {
    public Tagging viterbiTags(double[] start, double[][] trans, double[][] emit, int[] words) {
        int n = words.length;
        int numTags = start.length;
        if (n == 0) return new Tagging(new int[0], 0.0);
        int[] tags = new int[n];
        double total = 0;
        for (int k = 0; k < n; k++) {
            int arg = 0;
            double top = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < numTags; j++) {
                double s = (k == 0 ? start[j] : trans[tags[k - 1]][j]) + emit[j][words[k]];
                if (s > top) {
                    top = s;
                    arg = j;
                }
            }
            tags[k] = arg;
            total += top;
        }
        if (total == Double.NEGATIVE_INFINITY) return new Tagging(new int[0], total);
        return new Tagging(tags, total);
    }
}
