// Mutant: offers each request only to the highest bidder, and leaves it unsold when that campaign has no room
import java.util.*;

class Solution {
    private static final int SECONDS_PER_HOUR = 3600;
    private static final int HOURS = 24;

    public int[] paceCampaigns(int[][] campaigns, int[][] requests) {
        int m = campaigns.length;
        // Every campaign bids multiplier * value, so the bid order is the same for every request:
        // highest multiplier first, then lowest index.
        Integer[] order = new Integer[m];
        for (int j = 0; j < m; j++) order[j] = j;
        Arrays.sort(order, (a, b) -> campaigns[a][1] != campaigns[b][1]
                ? Integer.compare(campaigns[b][1], campaigns[a][1])
                : Integer.compare(a, b));
        long[] budgets = new long[m];
        long[] multipliers = new long[m];
        for (int p = 0; p < m; p++) {
            budgets[p] = campaigns[order[p]][0];
            multipliers[p] = campaigns[order[p]][1];
        }
        long[] spent = new long[m];
        int size = 1;
        while (size < m) size *= 2;
        // A max-tree over positions in bid order: each leaf holds what that campaign may still
        // spend this hour, each inner node the largest of its leaves. Padding leaves hold -1.
        long[] room = new long[2 * size];
        Arrays.fill(room, -1);
        int hour = -1;
        int[] winners = new int[requests.length];
        for (int i = 0; i < requests.length; i++) {
            int t = requests[i][0];
            long value = requests[i][1];
            long price = requests[i][2];
            if (t / SECONDS_PER_HOUR != hour) {
                hour = t / SECONDS_PER_HOUR;
                for (int p = 0; p < m; p++) {
                    room[size + p] = budgets[p] * (hour + 1) / HOURS - spent[p];
                }
                for (int node = size - 1; node >= 1; node--) {
                    room[node] = Math.max(room[2 * node], room[2 * node + 1]);
                }
            }
            winners[i] = -1;
            if (room[1] < price) continue;
            int node = size; // the top bidder
            if (room[node] < price) continue;
            int position = node - size;
            // Campaigns further right have enough room too, but none of them bids more.
            if (multipliers[position] * value < price) continue;
            spent[position] += price;
            room[node] -= price;
            for (node /= 2; node >= 1; node /= 2) {
                room[node] = Math.max(room[2 * node], room[2 * node + 1]);
            }
            winners[i] = order[position];
        }
        return winners;
    }
}
