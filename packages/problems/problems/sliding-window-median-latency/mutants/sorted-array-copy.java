// Mutant: keeps the window in a sorted long[] shifted with System.arraycopy: O(window) per request, too slow for the large case
import java.util.*;

class Solution {
    public P50Report rollingP50(long[] latencies, int window) {
        int n = latencies.length;
        long[] ordered = new long[Math.min(n, window) + 1];
        int size = 0;
        List<MedianPoint> medians = new ArrayList<>();
        List<Integer> alerts = new ArrayList<>();
        long previous = -1;
        for (int i = 0; i < n; i++) {
            long x = latencies[i];
            if (i > 0 && x > 3 * previous) alerts.add(i);
            int at = lowerBound(ordered, size, x);
            System.arraycopy(ordered, at, ordered, at + 1, size - at);
            ordered[at] = x;
            size++;
            if (i >= window) {
                int gone = lowerBound(ordered, size, latencies[i - window]);
                System.arraycopy(ordered, gone + 1, ordered, gone, size - gone - 1);
                size--;
            }
            long median = ordered[(size - 1) / 2];
            if (median != previous) medians.add(new MedianPoint(i, median));
            previous = median;
        }
        return new P50Report(medians.toArray(new MedianPoint[0]),
                alerts.stream().mapToInt(Integer::intValue).toArray());
    }

    private static int lowerBound(long[] a, int size, long x) {
        int lo = 0, hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < x) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
