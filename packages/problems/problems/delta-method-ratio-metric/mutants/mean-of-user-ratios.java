// Mutant: measures each arm by the mean of the users' own click-through rates (skipping users with no views) instead of the ratio of sums
import java.util.*;

class Solution {
    private static final double Z_975 = 1.959963984540054;

    // The arm's mean per-user rate and the variance of that mean; null where undefined.
    private static Double[] arm(int[][] users) {
        double[] rates =
                Arrays.stream(users).filter(u -> u[1] > 0).mapToDouble(u -> (double) u[0] / u[1]).toArray();
        int n = rates.length;
        if (n == 0) return new Double[] {null, null};
        double ratio = Arrays.stream(rates).sum() / n;
        if (n < 2) return new Double[] {ratio, null};
        double squares = 0;
        for (double r : rates) squares += (r - ratio) * (r - ratio);
        return new Double[] {ratio, squares / ((n - 1) * (double) n)};
    }

    public RatioTest ratioMetricTest(int[][] control, int[][] treatment) {
        Double[] c = arm(control);
        Double[] t = arm(treatment);
        if (c[0] == null || t[0] == null) return new RatioTest(null, null, null, null, null);
        double diff = t[0] - c[0];
        if (c[1] == null || t[1] == null) return new RatioTest(diff, null, null, null, null);
        double se = Math.sqrt(c[1] + t[1]);
        Double z = se > 0 ? diff / se : null;
        return new RatioTest(diff, se, z, diff - Z_975 * se, diff + Z_975 * se);
    }
}
