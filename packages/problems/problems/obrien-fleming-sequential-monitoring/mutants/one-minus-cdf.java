// Mutant: computes upper tails as 1 - CDF, which cancels to zero for the tiny error spent at early looks
import java.util.*;

class Solution {
    private static final int GRID = 801; // odd: Simpson's rule over each look's continuation region
    private static final double FLOOR = -12; // the score never reaches below this

    // Complementary error function (Chebyshev fit, relative error below 1.2e-7 everywhere).
    private static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double poly = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277))))))));
        double r = t * Math.exp(-z * z + poly);
        return x >= 0 ? r : 2 - r;
    }

    private static double upperTail(double x) {
        return 1 - 0.5 * erfc(-x / Math.sqrt(2));
    }

    private static double pdf(double x) {
        return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
    }

    private static double acklamTail(double p) {
        double q = Math.sqrt(-2 * Math.log(p));
        return (((((-0.007784894002430293 * q - 0.3223964580411365) * q - 2.400758277161838) * q
                - 2.549732539343734) * q + 4.374664141464968) * q + 2.938163982698783)
                / ((((0.007784695709041462 * q + 0.3224671290700398) * q + 2.445134137142996) * q
                + 3.754408661907416) * q + 1);
    }

    // Acklam's rational approximation of the standard normal quantile (absolute error below 1e-8).
    private static double normalQuantile(double p) {
        if (p < 0.02425) return acklamTail(p);
        if (p > 1 - 0.02425) return -acklamTail(1 - p);
        double q = p - 0.5;
        double r = q * q;
        return (((((-39.69683028665376 * r + 220.9460984245205) * r - 275.9285104469687) * r
                + 138.357751867269) * r - 30.66479806614716) * r + 2.506628277459239) * q
                / (((((-54.47609879822406 * r + 161.5858368580409) * r - 155.6989798598866) * r
                + 66.80131188771972) * r - 13.28068155288572) * r + 1);
    }

    public Monitor sequentialMonitor(double[] info, double[] z, double alpha) {
        double zHalf = normalQuantile(1 - alpha / 2);
        int looks = info.length;
        double[] boundaries = new double[looks];
        // Sub-density of the score S(t) = Z * sqrt(t) over paths that have not crossed yet.
        double[] points = new double[GRID];
        double[] weights = new double[GRID];
        double[] density = new double[GRID];
        double previousT = 0;
        double previousSpent = 0;
        for (int k = 0; k < looks; k++) {
            double t = info[k];
            // Lan-DeMets O'Brien-Fleming-type spending.
            double spent = 2 * upperTail(zHalf / Math.sqrt(t));
            double target = spent - previousSpent;
            double sd = Math.sqrt(t - previousT);
            double lo = -10;
            double hi = 20; // the crossing probability falls as the boundary rises
            for (int it = 0; it < 100; it++) {
                double mid = (lo + hi) / 2;
                double crossing = 0;
                if (k == 0) {
                    crossing = upperTail(mid / sd);
                } else {
                    for (int i = 0; i < GRID; i++) {
                        crossing += weights[i] * density[i] * upperTail((mid - points[i]) / sd);
                    }
                }
                if (crossing > target) lo = mid;
                else hi = mid;
            }
            double bound = (lo + hi) / 2;
            boundaries[k] = bound / Math.sqrt(t);
            double h = (bound - FLOOR) / (GRID - 1);
            double[] newPoints = new double[GRID];
            double[] newWeights = new double[GRID];
            double[] newDensity = new double[GRID];
            for (int j = 0; j < GRID; j++) {
                double s = FLOOR + j * h;
                newPoints[j] = s;
                newWeights[j] = h / 3 * (j == 0 || j == GRID - 1 ? 1 : j % 2 == 1 ? 4 : 2);
                if (k == 0) {
                    newDensity[j] = pdf(s / sd) / sd;
                } else {
                    double total = 0;
                    for (int i = 0; i < GRID; i++) {
                        total += weights[i] * density[i] * pdf((s - points[i]) / sd);
                    }
                    newDensity[j] = total / sd;
                }
            }
            points = newPoints;
            weights = newWeights;
            density = newDensity;
            previousT = t;
            previousSpent = spent;
        }
        int stopLook = 0;
        for (int k = 0; k < z.length; k++) {
            if (z[k] >= boundaries[k]) {
                stopLook = k + 1;
                break;
            }
        }
        return new Monitor(boundaries, stopLook);
    }
}
