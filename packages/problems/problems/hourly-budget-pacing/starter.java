import java.util.*;

class Solution {
    // campaigns[j] = {budget, multiplier}; requests[i] = {t, value, price}.
    // Return, per request, the index of the campaign that takes it, or -1.
    public int[] paceCampaigns(int[][] campaigns, int[][] requests) {
        return new int[0];
    }
}
