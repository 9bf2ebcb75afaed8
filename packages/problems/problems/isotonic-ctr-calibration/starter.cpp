#include <vector>

// Fit isotonic regression of clicks on score (PAV), then map each query score to a CTR.
std::vector<double> calibrate_ctr(const std::vector<double>& scores, const std::vector<int>& clicks,
                                  const std::vector<double>& weights,
                                  const std::vector<double>& query_scores) {
    return std::vector<double>(query_scores.size(), 0.0);
}
