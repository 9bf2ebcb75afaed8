// Mutant: swaps each pair in the ranking and recomputes NDCG@k from scratch, O(n^2 * k); right answers, too slow for the 3000-document query
#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

std::vector<double> lambdarank_lambdas(const std::vector<double>& scores, const std::vector<int>& labels,
                                       int k, double sigma) {
    const int n = static_cast<int>(scores.size());
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return scores[a] > scores[b]; });
    std::vector<int> position(n);
    for (int r = 0; r < n; ++r) position[order[r]] = r;
    const int cut = std::min(k, n);
    std::vector<double> disc(cut), gains(n);
    for (int r = 0; r < cut; ++r) disc[r] = 1.0 / std::log2(r + 2.0);
    for (int d = 0; d < n; ++d) gains[d] = std::pow(2.0, labels[d]) - 1.0;
    std::vector<double> ideal = gains;
    std::sort(ideal.begin(), ideal.end(), std::greater<double>());
    double idcg = 0.0;
    for (int r = 0; r < cut; ++r) idcg += ideal[r] * disc[r];
    std::vector<double> lambdas(n, 0.0);
    if (idcg == 0.0) return lambdas;
    auto dcg = [&]() {
        double total = 0.0;
        for (int r = 0; r < cut; ++r) total += gains[order[r]] * disc[r];
        return total;
    };
    const double base = dcg() / idcg;
    for (int a = 0; a < n; ++a) {
        for (int b = a + 1; b < n; ++b) {
            if (labels[a] == labels[b]) continue;
            std::swap(order[position[a]], order[position[b]]);
            const double delta = std::fabs(dcg() / idcg - base);
            std::swap(order[position[a]], order[position[b]]);
            const int hi = labels[a] > labels[b] ? a : b;
            const int lo = hi == a ? b : a;
            const double weight = sigma * delta / (1.0 + std::exp(sigma * (scores[hi] - scores[lo])));
            lambdas[hi] += weight;
            lambdas[lo] -= weight;
        }
    }
    return lambdas;
}
