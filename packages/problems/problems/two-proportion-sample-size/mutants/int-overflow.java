// Mutant: casts n to a 32-bit int, which overflows past 2^31 users
import java.util.*;

class Solution {
    // Acklam's rational approximation of the standard normal quantile: absolute error below 1e-8.
    private static final double[] A = {-39.69683028665376, 220.9460984245205, -275.9285104469687,
        138.357751867269, -30.66479806614716, 2.506628277459239};
    private static final double[] B = {-54.47609879822406, 161.5858368580409, -155.6989798598866,
        66.80131188771972, -13.28068155288572};
    private static final double[] C = {-0.007784894002430293, -0.3223964580411365,
        -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783};
    private static final double[] D = {0.007784695709041462, 0.3224671290700398,
        2.445134137142996, 3.754408661907416};
    private static final double TAIL = 0.02425;

    // The quantile of a small lower-tail probability p (negative).
    private static double tailQuantile(double p) {
        double q = Math.sqrt(-2 * Math.log(p));
        double num = ((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5];
        double den = (((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1;
        return num / den;
    }

    private static double normalQuantile(double p) {
        if (p < TAIL) return tailQuantile(p);
        if (p > 1 - TAIL) return -tailQuantile(1 - p);
        double q = p - 0.5;
        double r = q * q;
        double num = (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q;
        double den = ((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1;
        return num / den;
    }

    public SampleSize sampleSizePerArm(double baseline, double lift, double alpha, double power,
                                       boolean twoSided) {
        double zAlpha = normalQuantile(twoSided ? 1 - alpha / 2 : 1 - alpha);
        double zPower = normalQuantile(power);
        double p1 = baseline;
        double p2 = baseline * (1 + lift);
        double pBar = (p1 + p2) / 2;
        // Under the null both arms share the pooled rate; under the alternative each keeps its own.
        double spreadNull = Math.sqrt(2 * pBar * (1 - pBar));
        double spreadAlt = Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
        double bracket = zAlpha * spreadNull + zPower * spreadAlt;
        double n = bracket * bracket / ((p2 - p1) * (p2 - p1));
        return new SampleSize((int) Math.ceil(n), zAlpha, zPower);
    }
}
