import java.util.*;

// Provided by the harness, do not redefine:
//   record Interleaving(int[] shown, String teams, int creditA, int creditB, String winner)
//   (returned as {"shown", "teams", "credit_a", "credit_b", "winner"})

class Solution {
    public Interleaving teamDraftInterleave(int[] rankingA, int[] rankingB, int k, boolean[] coins, int[] clicks) {
        // Return the page, each slot's team, the clicks credited to each team and the winner.
        return new Interleaving(new int[0], "", 0, 0, "tie");
    }
}
