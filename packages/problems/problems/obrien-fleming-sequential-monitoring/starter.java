import java.util.*;

// Provided by the harness, do not redefine:
//   record Monitor(double[] boundaries, int stopLook)
//   (returned as {"boundaries", "stop_look"})

class Solution {
    public Monitor sequentialMonitor(double[] info, double[] z, double alpha) {
        // The z boundary of every planned look and the 1-based look that stops the test, or 0.
        // Write the normal CDF and quantile yourself: no statistics library.
        return new Monitor(new double[0], 0);
    }
}
