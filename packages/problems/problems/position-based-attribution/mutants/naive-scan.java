// Mutant: rescans all of the user's touches for every conversion, O(T * C) on heavy users (correct output, too slow)
import java.util.*;

class Solution {
    public ChannelCredit[] attributeConversions(Touch[] touches, Conversion[] conversions,
            long lookback) {
        Map<Long, List<Touch>> byUser = new HashMap<>();
        for (Touch t : touches) byUser.computeIfAbsent(t.user(), u -> new ArrayList<>()).add(t);
        for (List<Touch> list : byUser.values()) list.sort(Comparator.comparingLong(Touch::time));
        Map<String, Double> credit = new HashMap<>();
        for (Conversion c : conversions) {
            List<String> path = new ArrayList<>();
            for (Touch t : byUser.getOrDefault(c.user(), List.of()))
                if (c.time() - lookback <= t.time() && t.time() <= c.time()) path.add(t.channel());
            int k = path.size();
            double v = c.value();
            if (k == 0) {
                credit.merge("(direct)", v, Double::sum);
            } else if (k == 1) {
                credit.merge(path.get(0), v, Double::sum);
            } else if (k == 2) {
                credit.merge(path.get(0), 0.5 * v, Double::sum);
                credit.merge(path.get(1), 0.5 * v, Double::sum);
            } else {
                credit.merge(path.get(0), 0.4 * v, Double::sum);
                credit.merge(path.get(k - 1), 0.4 * v, Double::sum);
                for (int j = 1; j < k - 1; j++)
                    credit.merge(path.get(j), 0.2 * v / (k - 2), Double::sum);
            }
        }
        List<ChannelCredit> out = new ArrayList<>();
        credit.forEach((ch, c) -> out.add(new ChannelCredit(ch, Math.round(c * 1e6) / 1e6)));
        out.sort(Comparator.comparingDouble(ChannelCredit::credit).reversed()
                .thenComparing(ChannelCredit::channel));
        return out.toArray(new ChannelCredit[0]);
    }
}
