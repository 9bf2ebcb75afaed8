import java.util.*;

// Provided by the harness, do not redefine:
//   record ZTestResult(double z, double pValue, double ciLow, double ciHigh)
//   (returned as {"z", "p_value", "ci_low", "ci_high"})

class Solution {
    public ZTestResult twoProportionZTest(int clicksA, int nA, int clicksB, int nB) {
        // Return z, the p-value and the 95% interval for the difference pB - pA.
        return new ZTestResult(0.0, 1.0, 0.0, 0.0);
    }
}
