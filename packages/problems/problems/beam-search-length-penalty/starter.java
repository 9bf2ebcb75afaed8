import java.util.*;

// Provided by the harness, do not redefine:
//   record Hypothesis(int[] tokens, double score)

class Solution {
    public Hypothesis beamSearch(double[][] logp, int start, int end, int beamWidth, int maxLen, double alpha) {
        // Return the best finished hypothesis and its normalised score.
        return new Hypothesis(new int[0], 0.0);
    }
}
