import java.util.*;

class Solution {
    // campaigns[j] = {bid, budget}; reserves[i] = the reserve price of auction i.
    // Return the total spend of every campaign.
    public long[] runAuctions(int[][] campaigns, int[] reserves) {
        return new long[0];
    }
}
