import java.util.*;

// Provided by the harness (do not redefine it):
//   record RankingMetrics(double mrr, double recallAtK) {}

class Solution {
    // Return MRR@k and Recall@k, averaged over the queries that have relevant items.
    public RankingMetrics mrrAndRecallAtK(String[][] rankings, String[][] relevant, int k) {
        return new RankingMetrics(0.0, 0.0);
    }
}
