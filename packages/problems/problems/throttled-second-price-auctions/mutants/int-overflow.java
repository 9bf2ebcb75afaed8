// Mutant: computes spend * n in 32-bit integers, which overflows for large budgets
import java.util.*;

class Solution {
    private static final long SLOT = 1L << 20; // campaign indices fit below this

    public long[] runAuctions(int[][] campaigns, int[] reserves) {
        long n = reserves.length;
        long[] spend = new long[campaigns.length];
        // Campaigns that may bid now, keyed -bid * SLOT + index: highest bid first, then lowest
        // index. Only the winner's state ever changes and it is always the top of this heap.
        PriorityQueue<Long> active = new PriorityQueue<>();
        for (int j = 0; j < campaigns.length; j++) {
            if (campaigns[j][1] >= campaigns[j][0]) active.add(-campaigns[j][0] * SLOT + j);
        }
        // Keyed (first auction it may bid in again) * SLOT + index.
        PriorityQueue<Long> resting = new PriorityQueue<>();
        for (int i = 0; i < reserves.length; i++) {
            while (!resting.isEmpty() && resting.peek() / SLOT <= i) {
                int j = (int) (resting.poll() % SLOT);
                active.add(-campaigns[j][0] * SLOT + j);
            }
            if (active.isEmpty() || campaigns[indexOf(active.peek())][0] < reserves[i]) continue;
            int winner = indexOf(active.poll());
            long second = active.isEmpty() ? 0 : campaigns[indexOf(active.peek())][0];
            spend[winner] += Math.max(reserves[i], second);
            long bid = campaigns[winner][0];
            long budget = campaigns[winner][1];
            if (budget - spend[winner] >= bid) {
                // Throttled until spend * n <= budget * i: auction ceil(spend * n / budget).
                long again = ((int) spend[winner] * (int) n + (int) budget - 1) / (int) budget;
                resting.add(again * SLOT + winner);
            }
        }
        return spend;
    }

    private static int indexOf(long key) {
        return (int) Math.floorMod(key, SLOT);
    }
}
