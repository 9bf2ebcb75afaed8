// Mutant: scans every campaign for every auction, O(n * m); right answers, too slow for 100000 auctions and 60000 campaigns
import java.util.*;

class Solution {
    public long[] runAuctions(int[][] campaigns, int[] reserves) {
        long n = reserves.length;
        long[] spend = new long[campaigns.length];
        for (int i = 0; i < reserves.length; i++) {
            int best = -1;
            long second = 0;
            for (int j = 0; j < campaigns.length; j++) {
                long bid = campaigns[j][0];
                long budget = campaigns[j][1];
                if (budget - spend[j] < bid || spend[j] * n > budget * i || bid < reserves[i]) continue;
                if (best < 0 || bid > campaigns[best][0]) {
                    if (best >= 0) second = campaigns[best][0];
                    best = j;
                } else if (bid > second) {
                    second = bid;
                }
            }
            if (best >= 0) spend[best] += Math.max(reserves[i], second);
        }
        return spend;
    }
}
