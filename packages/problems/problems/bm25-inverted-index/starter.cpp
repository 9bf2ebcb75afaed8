#include <cmath>
#include <string>
#include <unordered_map>
#include <vector>

// Provided by the harness, do not redefine:
//   struct ScoredDoc { int doc; double score; };   (returned as [doc, score])

std::vector<ScoredDoc> bm25_top_k(const std::vector<std::vector<std::string>>& docs,
                                  const std::vector<std::string>& query, int k, double k1,
                                  double b) {
    // Return the k best (doc index, rounded BM25 score) pairs for the query.
    return {};
}
