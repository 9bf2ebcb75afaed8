import java.util.*;

// Provided by the harness (do not redefine):
//   record SrmResult(double statistic, int df, double pValue, boolean mismatch) {}
// (its JSON keys are statistic, df, p_value and mismatch)

class Solution {
    public SrmResult srmCheck(long[] counts, double[] weights, double alpha) {
        // Return the chi-square statistic, df, p-value and verdict for the counts against the plan.
        return new SrmResult(0.0, 0, 1.0, false);
    }
}
