import java.util.*;

// Provided by the harness (do not redefine):
//   record MedianPoint(int position, long median) {}            // JSON [position, median]
//   record P50Report(MedianPoint[] medians, int[] alerts) {}    // JSON {"medians", "alerts"}

class Solution {
    public P50Report rollingP50(long[] latencies, int window) {
        // medians: [i, p50] at i = 0 and wherever the p50 changes (p50 = ceil(k / 2)-th smallest);
        // alerts: i where latencies[i] > 3 * p50 of the window ending at i - 1.
        return new P50Report(new MedianPoint[0], new int[0]);
    }
}
