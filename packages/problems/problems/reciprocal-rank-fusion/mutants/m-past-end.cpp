// Mutant: copies the first m ids without checking that there are m of them
#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

std::vector<std::string> reciprocal_rank_fusion(const std::vector<std::vector<std::string>>& rankings,
                                                int c, int m) {
    const double eps = 1e-12;
    struct Fused {
        double score = 0.0;
        int best = 0;
    };
    std::unordered_map<std::string, Fused> fused;
    for (const auto& ranking : rankings) {
        std::unordered_set<std::string> seen;
        for (std::size_t i = 0; i < ranking.size(); ++i) {
            // A repeat inside one list is the retriever's noise: only its best position counts.
            if (!seen.insert(ranking[i]).second) continue;
            const int rank = static_cast<int>(i) + 1;
            Fused& f = fused[ranking[i]];
            f.score += 1.0 / (c + rank);
            if (f.best == 0 || rank < f.best) f.best = rank;
        }
    }
    std::vector<std::pair<std::string, Fused>> docs(fused.begin(), fused.end());
    std::sort(docs.begin(), docs.end(), [&](const auto& a, const auto& b) {
        if (std::fabs(a.second.score - b.second.score) > eps) return a.second.score > b.second.score;
        if (a.second.best != b.second.best) return a.second.best < b.second.best;
        return a.first < b.first;  // std::string compares bytes: code-point order for ASCII
    });
    std::vector<std::string> top;
    for (std::size_t i = 0; i < static_cast<std::size_t>(m); ++i) {
        top.push_back(docs[i].first);
    }
    return top;
}
