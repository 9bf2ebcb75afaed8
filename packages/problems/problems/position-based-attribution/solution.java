import java.util.*;

class Solution {
    private static final String DIRECT = "(direct)";

    private static final class Path {
        final long[] times;
        final String[] channels;
        final double[] shareDiff;
        final int[] coverDiff;

        Path(int n) {
            times = new long[n];
            channels = new String[n];
            shareDiff = new double[n + 1];
            coverDiff = new int[n + 1];
        }
    }

    // First index whose time is >= t (strict = false) or > t (strict = true).
    private static int search(long[] times, long t, boolean strict) {
        int lo = 0, hi = times.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (strict ? times[mid] <= t : times[mid] < t) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    public ChannelCredit[] attributeConversions(Touch[] touches, Conversion[] conversions,
            long lookback) {
        Map<Long, List<Integer>> order = new HashMap<>();
        for (int i = 0; i < touches.length; i++)
            order.computeIfAbsent(touches[i].user(), u -> new ArrayList<>()).add(i);
        Map<Long, Path> paths = new HashMap<>();
        for (Map.Entry<Long, List<Integer>> e : order.entrySet()) {
            List<Integer> idx = e.getValue();
            // List.sort is stable, so equal times keep their input order.
            idx.sort(Comparator.comparingLong(i -> touches[i].time()));
            Path p = new Path(idx.size());
            for (int j = 0; j < idx.size(); j++) {
                p.times[j] = touches[idx.get(j)].time();
                p.channels[j] = touches[idx.get(j)].channel();
            }
            paths.put(e.getKey(), p);
        }

        Map<String, Double> credit = new HashMap<>();
        for (Conversion c : conversions) {
            Path p = paths.get(c.user());
            int lo = 0, k = 0;
            if (p != null) {
                lo = search(p.times, c.time() - lookback, false);
                k = search(p.times, c.time(), true) - lo;
            }
            double v = c.value();
            if (k == 0) {
                credit.merge(DIRECT, v, Double::sum);
            } else if (k == 1) {
                credit.merge(p.channels[lo], v, Double::sum);
            } else if (k == 2) {
                credit.merge(p.channels[lo], 0.5 * v, Double::sum);
                credit.merge(p.channels[lo + 1], 0.5 * v, Double::sum);
            } else {
                int hi = lo + k;
                credit.merge(p.channels[lo], 0.4 * v, Double::sum);
                credit.merge(p.channels[hi - 1], 0.4 * v, Double::sum);
                double share = 0.2 * v / (k - 2);
                p.shareDiff[lo + 1] += share;
                p.shareDiff[hi - 1] -= share;
                p.coverDiff[lo + 1] += 1;
                p.coverDiff[hi - 1] -= 1;
            }
        }

        for (Path p : paths.values()) {
            double running = 0;
            int covered = 0;
            for (int j = 0; j < p.channels.length; j++) {
                running += p.shareDiff[j];
                covered += p.coverDiff[j];
                if (covered == 0) running = 0; // no open range: drop the rounding residue
                else credit.merge(p.channels[j], running, Double::sum);
            }
        }

        List<ChannelCredit> out = new ArrayList<>();
        credit.forEach((ch, c) -> out.add(new ChannelCredit(ch, Math.round(c * 1e6) / 1e6)));
        // String.compareTo compares UTF-16 units, which is code-point order for ASCII names.
        out.sort(Comparator.comparingDouble(ChannelCredit::credit).reversed()
                .thenComparing(ChannelCredit::channel));
        return out.toArray(new ChannelCredit[0]);
    }
}
