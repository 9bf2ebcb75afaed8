import java.util.*;

class Solution {
    // Member v starts with label v. Each synchronous round, every member with contacts takes the
    // label most common among them (smallest label on ties). Stop when nothing changes or after maxRounds.
    public int[] propagateLabels(int n, int[][] edges, int maxRounds) {
        return new int[0];
    }
}
