// Mutant: skips zero documents instead of scoring them 0
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

namespace {

double norm(const std::vector<double>& v) {
    double sum = 0;
    for (double x : v) sum += x * x;
    return std::sqrt(sum);
}

}  // namespace

std::vector<ScoredDoc> cosine_top_k(const std::vector<double>& query,
                                    const std::vector<std::vector<double>>& docs, int k) {
    const double q_norm = norm(query);
    std::vector<ScoredDoc> scored;
    scored.reserve(docs.size());
    for (std::size_t idx = 0; idx < docs.size(); ++idx) {
        const double d_norm = norm(docs[idx]);
        if (d_norm == 0) continue;
        double sim = 0.0;
        if (q_norm > 0 && d_norm > 0) {
            double dot = 0;
            for (std::size_t i = 0; i < query.size(); ++i) dot += query[i] * docs[idx][i];
            sim = dot / (q_norm * d_norm);
        }
        scored.push_back({static_cast<int>(idx), std::round(sim * 1e6) / 1e6});
    }
    // Highest rounded similarity first, smaller index first on ties: O(n log k).
    const std::size_t top = std::min<std::size_t>(std::max(k, 0), scored.size());
    std::partial_sort(scored.begin(), scored.begin() + top, scored.end(),
                      [](const ScoredDoc& a, const ScoredDoc& b) {
                          return a.similarity != b.similarity ? a.similarity > b.similarity
                                                              : a.doc < b.doc;
                      });
    scored.resize(top);
    return scored;
}
