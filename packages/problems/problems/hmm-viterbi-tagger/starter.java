import java.util.*;

// Provided by the harness, do not redefine:
//   record Tagging(int[] tags, double logProb)
//   (returned as {"tags", "log_prob"})

class Solution {
    public Tagging viterbiTags(double[] start, double[][] trans, double[][] emit, int[] words) {
        // Return the most likely tagging of words and its log-probability.
        return new Tagging(new int[0], 0.0);
    }
}
