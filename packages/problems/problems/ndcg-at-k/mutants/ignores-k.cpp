// Mutant: sums every position, ignoring k
#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

static double dcg(const std::vector<int>& labels, int k) {
    double sum = 0;
    for (int i = 0; i < static_cast<int>(labels.size()); i++) {
        sum += (std::pow(2.0, labels[i]) - 1) / std::log2(i + 2.0);
    }
    return sum;
}

double ndcg_at_k(const std::vector<int>& relevances, int k) {
    std::vector<int> ideal(relevances);
    std::sort(ideal.begin(), ideal.end(), std::greater<int>());
    double best = dcg(ideal, k);
    return best > 0 ? dcg(relevances, k) / best : 0.0;
}
