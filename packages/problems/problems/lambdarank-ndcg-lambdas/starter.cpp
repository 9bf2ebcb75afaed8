#include <vector>

// scores[d], labels[d]: the model's score and the graded label of document d.
// Return one lambda per document, in input order.
std::vector<double> lambdarank_lambdas(const std::vector<double>& scores, const std::vector<int>& labels,
                                       int k, double sigma) {
    return std::vector<double>(scores.size(), 0.0);
}
