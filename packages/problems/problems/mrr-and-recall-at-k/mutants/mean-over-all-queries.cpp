// Mutant: averages over every query, including those without relevant ids
#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

RankingMetrics mrr_and_recall_at_k(const std::vector<std::vector<std::string>>& rankings,
                                   const std::vector<std::vector<std::string>>& relevant, int k) {
    double rr_total = 0.0;
    double recall_total = 0.0;
    int counted = 0;
    for (std::size_t q = 0; q < rankings.size(); ++q) {
        const std::unordered_set<std::string> rel_set(relevant[q].begin(), relevant[q].end());
        ++counted;
        if (rel_set.empty()) continue;
        std::unordered_set<std::string> found;
        const std::size_t limit = std::min<std::size_t>(k, rankings[q].size());
        for (std::size_t pos = 1; pos <= limit; ++pos) {
            const std::string& item = rankings[q][pos - 1];
            if (rel_set.count(item) != 0) {
                if (found.empty()) rr_total += 1.0 / pos;
                found.insert(item);  // a repeated id is only counted once
            }
        }
        recall_total += static_cast<double>(found.size()) / rel_set.size();
    }
    if (counted == 0) return {0.0, 0.0};
    return {rr_total / counted, recall_total / counted};
}
