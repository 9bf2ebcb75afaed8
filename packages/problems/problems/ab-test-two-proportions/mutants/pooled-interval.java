// Mutant: the confidence interval reuses the pooled standard error
import java.util.*;

class Solution {
    private static final double Z_975 = 1.959963984540054;

    // erfc(x) for x >= 0: Maclaurin series of erf near zero, continued fraction in the tail.
    private static double erfc(double x) {
        if (x < 2.5) {
            double term = x;
            double sum = x;
            for (int n = 1; n < 200 && Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
                term *= -x * x / n;
                sum += term / (2 * n + 1);
            }
            return 1 - 2 / Math.sqrt(Math.PI) * sum;
        }
        double tail = x;
        for (int n = 80; n >= 1; n--) tail = x + n / 2.0 / tail;
        return Math.exp(-x * x) / Math.sqrt(Math.PI) / tail;
    }

    public ZTestResult twoProportionZTest(int clicksA, int nA, int clicksB, int nB) {
        double pA = (double) clicksA / nA;
        double pB = (double) clicksB / nB;
        double diff = pB - pA;

        // Sums in double: two counts up to 10^9 overflow an int.
        double pooled = ((double) clicksA + clicksB) / ((double) nA + nB);
        double sePooled = Math.sqrt(pooled * (1 - pooled) * (1.0 / nA + 1.0 / nB));
        double z = 0.0;
        double pValue = 1.0; // both arms all-0 or all-1: no evidence of a difference
        if (sePooled > 0) {
            z = diff / sePooled;
            pValue = erfc(Math.abs(z) / Math.sqrt(2)); // = 2 * (1 - Phi(|z|))
        }

        double se = Math.sqrt(pA * (1 - pA) / nA + pB * (1 - pB) / nB);
        return new ZTestResult(z, pValue, diff - Z_975 * sePooled, diff + Z_975 * sePooled);
    }
}
