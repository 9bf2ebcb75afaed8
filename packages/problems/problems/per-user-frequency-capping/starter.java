import java.util.*;

class Solution {
    // events[i] = {user, campaign, t}, in arrival order (not time order).
    // Return one boolean per event, in the given order: true if it is served.
    public boolean[] capImpressions(int[][] events, int userCap, int campaignCap, int window) {
        return new boolean[0];
    }
}
