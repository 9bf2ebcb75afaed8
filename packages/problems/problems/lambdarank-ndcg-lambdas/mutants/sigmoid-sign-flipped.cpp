// Mutant: puts the less relevant score first in the sigmoid, so a correctly ordered pair gets the biggest push
#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

std::vector<double> lambdarank_lambdas(const std::vector<double>& scores, const std::vector<int>& labels,
                                       int k, double sigma) {
    const int n = static_cast<int>(scores.size());
    // Current ranking: higher score first, equal scores by lower index.
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return scores[a] > scores[b]; });
    // Each document's NDCG discount at its current position; zero past the cutoff.
    std::vector<double> discount(n, 0.0);
    for (int rank = 0; rank < std::min(k, n); ++rank) discount[order[rank]] = 1.0 / std::log2(rank + 2.0);
    std::vector<double> gains(n);
    for (int d = 0; d < n; ++d) gains[d] = std::pow(2.0, labels[d]) - 1.0;
    std::vector<double> ideal = gains;
    std::sort(ideal.begin(), ideal.end(), std::greater<double>());
    double idcg = 0.0;
    for (int rank = 0; rank < std::min(k, n); ++rank) idcg += ideal[rank] / std::log2(rank + 2.0);
    std::vector<double> lambdas(n, 0.0);
    if (idcg == 0.0) return lambdas;  // every label is 0: no pair has different labels
    // Swapping two documents changes only their two terms of DCG@k, so
    // |delta NDCG| = |gain_i - gain_j| * |discount_i - discount_j| / IDCG, O(1) per pair.
    for (int a = 0; a < n; ++a) {
        for (int b = a + 1; b < n; ++b) {
            if (labels[a] == labels[b]) continue;
            const int hi = labels[a] > labels[b] ? a : b;
            const int lo = hi == a ? b : a;
            const double delta = (gains[hi] - gains[lo]) * std::fabs(discount[hi] - discount[lo]) / idcg;
            const double weight = sigma * delta / (1.0 + std::exp(sigma * (scores[lo] - scores[hi])));
            lambdas[hi] += weight;
            lambdas[lo] -= weight;
        }
    }
    return lambdas;
}
