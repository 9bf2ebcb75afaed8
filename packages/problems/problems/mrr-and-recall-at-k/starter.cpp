#include <string>
#include <vector>

// Provided by the harness (do not redefine it):
//   struct RankingMetrics { double mrr; double recall_at_k; };

// Return MRR@k and Recall@k, averaged over the queries that have relevant items.
RankingMetrics mrr_and_recall_at_k(const std::vector<std::vector<std::string>>& rankings,
                                   const std::vector<std::vector<std::string>>& relevant, int k) {
    return {0.0, 0.0};
}
