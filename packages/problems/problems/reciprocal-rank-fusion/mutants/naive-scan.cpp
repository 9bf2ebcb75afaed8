// Mutant: looks every distinct id up again in every list, O(U * T); right answers, too slow on the largest test
#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <vector>

std::vector<std::string> reciprocal_rank_fusion(const std::vector<std::vector<std::string>>& rankings,
                                                int c, int m) {
    const double eps = 1e-12;
    std::set<std::string> distinct;
    for (const auto& ranking : rankings) distinct.insert(ranking.begin(), ranking.end());
    struct Fused {
        std::string doc;
        double score;
        int best;
    };
    std::vector<Fused> docs;
    for (const auto& doc : distinct) {
        double total = 0.0;
        int top = 1 << 30;
        for (const auto& ranking : rankings) {
            auto it = std::find(ranking.begin(), ranking.end(), doc);
            if (it == ranking.end()) continue;
            const int rank = static_cast<int>(it - ranking.begin()) + 1;
            total += 1.0 / (c + rank);
            top = std::min(top, rank);
        }
        docs.push_back({doc, total, top});
    }
    std::sort(docs.begin(), docs.end(), [&](const Fused& a, const Fused& b) {
        if (std::fabs(a.score - b.score) > eps) return a.score > b.score;
        if (a.best != b.best) return a.best < b.best;
        return a.doc < b.doc;
    });
    std::vector<std::string> top;
    for (std::size_t i = 0; i < docs.size() && i < static_cast<std::size_t>(m); ++i) {
        top.push_back(docs[i].doc);
    }
    return top;
}
