import java.util.*;

class Solution {
    public boolean[] capImpressions(int[][] events, int userCap, int campaignCap, int window) {
        int n = events.length;
        // Decide in time order; sorting boxed indices is stable, so equal times keep the log's order.
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingInt(i -> events[i][2]));
        Map<Integer, ArrayDeque<Long>> byUser = new HashMap<>();
        Map<Long, ArrayDeque<Long>> byPair = new HashMap<>();
        boolean[] served = new boolean[n];
        for (int i : order) {
            int user = events[i][0];
            int campaign = events[i][1];
            long t = events[i][2];
            long pairKey = ((long) user << 32) | (campaign & 0xffffffffL);
            ArrayDeque<Long> recentUser = byUser.computeIfAbsent(user, k -> new ArrayDeque<>());
            ArrayDeque<Long> recentPair = byPair.computeIfAbsent(pairKey, k -> new ArrayDeque<>());
            // Times only grow, so an impression that has left the window never returns to it.
            long cutoff = t - window;
            while (!recentUser.isEmpty() && recentUser.peekFirst() <= cutoff) recentUser.pollFirst();
            while (!recentPair.isEmpty() && recentPair.peekFirst() <= cutoff) recentPair.pollFirst();
            if (recentUser.size() < userCap && recentPair.size() < campaignCap) {
                served[i] = true;
                recentUser.addLast(t);
                recentPair.addLast(t);
            }
        }
        return served;
    }
}
