// Mutant: scans the campaigns in bid order for every request, O(n * m); right answers, too slow for the day with 100000 campaigns
import java.util.*;

class Solution {
    public int[] paceCampaigns(int[][] campaigns, int[][] requests) {
        int m = campaigns.length;
        Integer[] order = new Integer[m];
        for (int j = 0; j < m; j++) order[j] = j;
        Arrays.sort(order, (a, b) -> campaigns[a][1] != campaigns[b][1]
                ? Integer.compare(campaigns[b][1], campaigns[a][1])
                : Integer.compare(a, b));
        long[] spent = new long[m];
        int[] winners = new int[requests.length];
        for (int i = 0; i < requests.length; i++) {
            int hour = requests[i][0] / 3600;
            long value = requests[i][1];
            long price = requests[i][2];
            int winner = -1;
            for (int j : order) {
                long budget = campaigns[j][0];
                long multiplier = campaigns[j][1];
                if (multiplier * value < price) break; // everyone further down bids even less
                if (spent[j] + price <= budget * (hour + 1) / 24) {
                    winner = j;
                    break;
                }
            }
            if (winner >= 0) spent[winner] += price;
            winners[i] = winner;
        }
        return winners;
    }
}
