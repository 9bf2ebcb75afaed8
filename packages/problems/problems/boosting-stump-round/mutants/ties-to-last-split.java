// Mutant: on equal scores keeps the later split, so ties go to the highest feature and largest threshold
import java.util.*;

class Solution {
    public BoostRound boostingRound(double[][] x, double[] y, double[] f, double learningRate) {
        int n = y.length;
        int d = x[0].length;
        double[] residuals = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            residuals[i] = y[i] - f[i];
            mean += residuals[i];
        }
        mean /= n;
        // Centring keeps the split scores accurate when residuals share a large offset.
        double[] centred = new double[n];
        double total = 0, squares = 0;
        for (int i = 0; i < n; i++) {
            centred[i] = residuals[i] - mean;
            total += centred[i];
            squares += centred[i] * centred[i];
        }
        double tolerance = 1e-9 * squares;
        boolean found = false;
        int bestFeature = -1;
        double bestGain = 0, bestThreshold = 0;
        for (int j = 0; j < d; j++) {
            final int feature = j;
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> Double.compare(x[a][feature], x[b][feature]));
            double leftSum = 0;
            for (int pos = 0; pos + 1 < n; pos++) {
                leftSum += centred[order[pos]];
                double here = x[order[pos]][j], after = x[order[pos + 1]][j];
                if (here == after) continue; // rows with equal values always land in the same leaf
                int nLeft = pos + 1;
                double rightSum = total - leftSum;
                // Lowering the squared error by a split is the same as raising this sum.
                double gain = leftSum * leftSum / nLeft + rightSum * rightSum / (n - nLeft);
                // Only a clearly better split replaces the best, so ties keep the earlier one.
                if (!found || gain >= bestGain - tolerance) {
                    found = true;
                    bestGain = gain;
                    bestFeature = j;
                    bestThreshold = (here + after) / 2;
                }
            }
        }
        double[] predictions = new double[n];
        if (!found) {
            for (int i = 0; i < n; i++) predictions[i] = f[i] + learningRate * mean;
            return new BoostRound(-1, null, mean, mean, predictions);
        }
        // Each leaf predicts the mean residual of its own rows, summed afresh from the residuals.
        double leftTotal = 0, rightTotal = 0;
        int nLeft = 0;
        for (int i = 0; i < n; i++) {
            if (x[i][bestFeature] <= bestThreshold) {
                leftTotal += residuals[i];
                nLeft++;
            } else {
                rightTotal += residuals[i];
            }
        }
        double leftValue = leftTotal / nLeft, rightValue = rightTotal / (n - nLeft);
        for (int i = 0; i < n; i++) {
            predictions[i] = f[i] + learningRate * (x[i][bestFeature] <= bestThreshold ? leftValue : rightValue);
        }
        return new BoostRound(bestFeature, bestThreshold, leftValue, rightValue, predictions);
    }
}
