// Mutant: ties on the rounded score put the larger document index first
#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

std::vector<ScoredDoc> bm25_top_k(const std::vector<std::vector<std::string>>& docs,
                                  const std::vector<std::string>& query, int k, double k1,
                                  double b) {
    const int n_docs = static_cast<int>(docs.size());
    if (n_docs == 0 || k <= 0) return {};
    // Inverted index: term -> postings list of (doc index, term frequency).
    std::unordered_map<std::string, std::vector<std::pair<int, int>>> index;
    long long total_length = 0;
    for (int d = 0; d < n_docs; ++d) {
        std::unordered_map<std::string, int> tf;
        for (const std::string& token : docs[d]) ++tf[token];
        for (const auto& [term, count] : tf) index[term].emplace_back(d, count);
        total_length += docs[d].size();
    }
    const double avgdl = static_cast<double>(total_length) / n_docs;

    std::unordered_map<int, double> scores;
    std::unordered_set<std::string> seen;
    for (const std::string& term : query) {
        if (!seen.insert(term).second) continue;  // each distinct query term counts once
        const auto postings = index.find(term);
        if (postings == index.end()) continue;
        const double df = postings->second.size();
        const double idf = std::log(1 + (n_docs - df + 0.5) / (df + 0.5));
        for (const auto& [d, tf] : postings->second) {
            const double length_norm = k1 * (1 - b + b * docs[d].size() / avgdl);
            scores[d] += idf * tf * (k1 + 1) / (tf + length_norm);
        }
    }

    std::vector<ScoredDoc> ranked;
    ranked.reserve(scores.size());
    for (const auto& [d, score] : scores) ranked.push_back({d, std::round(score * 1e6) / 1e6});
    // Rounded score first, so documents equal to 6 decimals tie, then the smaller index.
    std::sort(ranked.begin(), ranked.end(), [](const ScoredDoc& x, const ScoredDoc& y) {
        return x.score != y.score ? x.score > y.score : x.doc > y.doc;
    });
    if (static_cast<int>(ranked.size()) > k) ranked.resize(k);
    return ranked;
}
