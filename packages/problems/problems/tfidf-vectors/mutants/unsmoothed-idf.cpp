// Mutant: uses the unsmoothed idf ln(N / df) + 1
#include <cmath>
#include <cstddef>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

bool is_token_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Term counts of one document; a std::map keeps its terms in byte (code-point) order.
std::map<std::string, int> term_counts(const std::string& doc) {
    std::map<std::string, int> counts;
    std::size_t i = 0;
    while (i < doc.size()) {
        if (!is_token_char(doc[i])) {
            ++i;
            continue;
        }
        std::string term;
        for (; i < doc.size() && is_token_char(doc[i]); ++i)
            term += (doc[i] >= 'A' && doc[i] <= 'Z') ? static_cast<char>(doc[i] - 'A' + 'a') : doc[i];
        ++counts[term];
    }
    return counts;
}

}  // namespace

std::vector<std::vector<TermWeight>> tfidf_vectors(const std::vector<std::string>& docs) {
    std::vector<std::map<std::string, int>> counts;
    counts.reserve(docs.size());
    std::unordered_map<std::string, int> df;
    for (const std::string& doc : docs) {
        counts.push_back(term_counts(doc));
        for (const auto& [term, tf] : counts.back()) ++df[term];
    }
    const double n = static_cast<double>(docs.size());

    std::vector<std::vector<TermWeight>> vectors;
    vectors.reserve(docs.size());
    for (const auto& c : counts) {
        std::vector<TermWeight> vector;
        double squares = 0;
        for (const auto& [term, tf] : c) {
            const double idf = std::log(n / df[term]) + 1;
            vector.push_back({term, tf * idf});
            squares += vector.back().weight * vector.back().weight;
        }
        const double norm = std::sqrt(squares);
        for (TermWeight& tw : vector) tw.weight /= norm;
        vectors.push_back(std::move(vector));
    }
    return vectors;
}
