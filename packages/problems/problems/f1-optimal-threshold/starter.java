import java.util.*;

// Provided by the harness, do not redefine:
//   record ThresholdChoice(double threshold, double f1, double precision, double recall)

class Solution {
    public ThresholdChoice bestF1Threshold(double[] scores, int[] labels) {
        // Flag comment i when scores[i] >= t; candidates are the distinct scores.
        // Return the threshold with the best F1 (ties: highest threshold) and its precision and recall.
        return new ThresholdChoice(0.0, 0.0, 0.0, 0.0);
    }
}
