#include <algorithm>
#include <cmath>
#include <vector>

// Provided by the harness, do not redefine:
//   struct ScoredDoc { int doc; double similarity; };   (returned as [doc, similarity])

std::vector<ScoredDoc> cosine_top_k(const std::vector<double>& query,
                                    const std::vector<std::vector<double>>& docs, int k) {
    // Return the k (doc index, rounded cosine similarity) pairs most similar to the query.
    return {};
}
