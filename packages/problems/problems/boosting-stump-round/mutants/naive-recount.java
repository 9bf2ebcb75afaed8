// Mutant: recomputes both leaves from scratch for every candidate threshold: right answers, O(d n^2) time
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
            double[] column = new double[n];
            for (int i = 0; i < n; i++) column[i] = x[i][j];
            double[] values = Arrays.stream(column).distinct().sorted().toArray();
            for (int k = 0; k + 1 < values.length; k++) {
                double t = (values[k] + values[k + 1]) / 2;
                double leftSum = 0, rightSum = 0;
                int nLeft = 0;
                for (int i = 0; i < n; i++) {
                    if (column[i] <= t) {
                        leftSum += centred[i];
                        nLeft++;
                    } else {
                        rightSum += centred[i];
                    }
                }
                double lm = leftSum / nLeft, rm = rightSum / (n - nLeft), loss = 0;
                for (int i = 0; i < n; i++) {
                    double e = centred[i] - (column[i] <= t ? lm : rm);
                    loss += e * e;
                }
                if (!found || loss < bestGain - tolerance) {
                    found = true;
                    bestGain = loss;
                    bestFeature = j;
                    bestThreshold = t;
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
