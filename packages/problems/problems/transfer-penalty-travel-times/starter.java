import java.util.*;

class Solution {
    // rides[i] = {u, v, minutes, line}; changing lines at stop v costs changePenalty[v].
    // Return the fastest time from source to every stop, 0 for source, -1 if unreachable.
    public long[] travelTimes(int n, int[][] rides, int[] changePenalty, int source) {
        return new long[0];
    }
}
