// Mutant: returns z = 0 instead of null when the standard error is 0
import java.util.*;

class Solution {
    private static final double Z_975 = 1.959963984540054;

    // The arm's ratio of sums and its delta-method variance; null where undefined.
    private static Double[] arm(int[][] users) {
        int n = users.length;
        // Totals in long: an arm's views can pass 2^31.
        long totalClicks = 0;
        long totalViews = 0;
        for (int[] user : users) {
            totalClicks += user[0];
            totalViews += user[1];
        }
        if (totalViews == 0) return new Double[] {null, null};
        double ratio = (double) totalClicks / totalViews;
        if (n < 2) return new Double[] {ratio, null};
        // Linearised residual c - R v: its sample variance equals
        // var(c) - 2 R cov(c, v) + R^2 var(v), without the cancellation of the expanded form.
        double squares = 0;
        for (int[] user : users) {
            double residual = user[0] - ratio * user[1];
            squares += residual * residual;
        }
        double views = totalViews;
        // Var(R) = s_d^2 / (n * mean_v^2) = n * sum(d^2) / ((n - 1) * (sum v)^2)
        return new Double[] {ratio, n * squares / ((n - 1) * views * views)};
    }

    public RatioTest ratioMetricTest(int[][] control, int[][] treatment) {
        Double[] c = arm(control);
        Double[] t = arm(treatment);
        if (c[0] == null || t[0] == null) return new RatioTest(null, null, null, null, null);
        double diff = t[0] - c[0];
        if (c[1] == null || t[1] == null) return new RatioTest(diff, null, null, null, null);
        double se = Math.sqrt(c[1] + t[1]);
        Double z = se > 0 ? diff / se : 0.0;
        return new RatioTest(diff, se, z, diff - Z_975 * se, diff + Z_975 * se);
    }
}
