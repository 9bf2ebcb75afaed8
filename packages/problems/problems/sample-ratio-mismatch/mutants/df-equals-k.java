// Mutant: reports df = k - 1 but takes the p-value from a chi-square with k degrees of freedom, one per arm
import java.util.*;

class Solution {
    private static final double EPS = 1e-16;
    private static final int MAX_ITERATIONS = 100_000;
    private static final double TINY = 1e-300;

    // Lanczos approximation (g = 7, 9 terms) of ln Gamma(z) for z >= 0.5, relative error near 1e-15.
    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7,
    };

    private static double logGamma(double z) {
        double zm1 = z - 1;
        double series = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) series += LANCZOS[i] / (zm1 + i);
        double t = zm1 + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (zm1 + 0.5) * Math.log(t) - t + Math.log(series);
    }

    /** Regularized upper incomplete gamma Q(a, x) = Gamma(a, x) / Gamma(a). */
    private static double upperGammaQ(double a, double x) {
        if (x <= 0) return 1.0;
        double logPrefix = a * Math.log(x) - x - logGamma(a);
        if (x < a + 1) {
            // Series for the lower function P(a, x); converges fast below the mode.
            double term = 1 / a;
            double total = term;
            for (int n = 1; n < MAX_ITERATIONS && Math.abs(term) > Math.abs(total) * EPS; n++) {
                term *= x / (a + n);
                total += term;
            }
            return 1 - total * Math.exp(logPrefix);
        }
        // Continued fraction for Q(a, x) (modified Lentz); converges fast above the mode.
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < TINY) d = TINY;
            c = b + an / c;
            if (Math.abs(c) < TINY) c = TINY;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPS) break;
        }
        return Math.exp(logPrefix) * h;
    }

    public SrmResult srmCheck(long[] counts, double[] weights, double alpha) {
        int df = counts.length - 1;
        long total = 0;
        for (long count : counts) total += count;
        if (df < 1 || total == 0) return new SrmResult(0.0, Math.max(df, 0), 1.0, false);

        double weightSum = 0;
        for (double w : weights) weightSum += w;
        double statistic = 0;
        for (int i = 0; i < counts.length; i++) {
            double expected = total * weights[i] / weightSum;
            double deviation = counts[i] - expected;
            statistic += deviation * deviation / expected;
        }

        // P(chi-square with df degrees of freedom >= statistic) = Q(df / 2, statistic / 2).
        double pValue = Math.min(1.0, Math.max(0.0, upperGammaQ(counts.length / 2.0, statistic / 2)));
        return new SrmResult(statistic, df, pValue, pValue < alpha);
    }
}
