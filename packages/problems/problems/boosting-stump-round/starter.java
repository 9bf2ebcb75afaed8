import java.util.*;

// Provided by the harness, do not redefine:
//   record BoostRound(int feature, Double threshold, double leftValue, double rightValue, double[] predictions)
//   (returned as {"feature", "threshold", "left_value", "right_value", "predictions"})

class Solution {
    public BoostRound boostingRound(double[][] x, double[] y, double[] f, double learningRate) {
        // Fit a stump to the residuals y - f; threshold is null when no split exists.
        return new BoostRound(-1, null, 0.0, 0.0, new double[0]);
    }
}
