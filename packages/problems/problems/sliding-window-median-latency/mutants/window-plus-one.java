// Mutant: keeps window + 1 requests: evicts position i - window - 1 instead of i - window
import java.util.*;

class Solution {
    public P50Report rollingP50(long[] latencies, int window) {
        int n = latencies.length;
        // value * shift + position is unique and orders like the value (it stays below 2^63 for
        // latencies up to 10^12), so each request has exactly one key and leaves by exact removal.
        long shift = n + 1L;
        TreeSet<Long> low = new TreeSet<>(); // the lower ceil(k / 2) values; its last is the p50
        TreeSet<Long> high = new TreeSet<>();
        List<MedianPoint> medians = new ArrayList<>();
        int[] alerts = new int[n];
        int alertCount = 0;
        long previous = -1;
        for (int i = 0; i < n; i++) {
            long x = latencies[i];
            // The p50 before request i is the one computed at i - 1.
            if (i > 0 && x > 3 * previous) alerts[alertCount++] = i;
            long key = x * shift + i;
            if (!low.isEmpty() && key < low.last()) low.add(key);
            else high.add(key);
            if (i > window) {
                long old = latencies[i - window - 1] * shift + (i - window - 1);
                if (!low.remove(old)) high.remove(old);
            }
            while (low.size() > high.size() + 1) high.add(low.pollLast());
            while (low.size() < high.size()) low.add(high.pollFirst());
            long median = low.last() / shift;
            if (median != previous) medians.add(new MedianPoint(i, median));
            previous = median;
        }
        return new P50Report(medians.toArray(new MedianPoint[0]), Arrays.copyOf(alerts, alertCount));
    }
}
