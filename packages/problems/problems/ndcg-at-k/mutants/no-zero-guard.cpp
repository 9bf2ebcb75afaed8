// Mutant: divides by an IDCG of 0 when nothing is relevant
#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

static double dcg(const std::vector<int>& labels, int k) {
    double sum = 0;
    for (int i = 0; i < std::min<int>(k, labels.size()); i++) {
        sum += (std::pow(2.0, labels[i]) - 1) / std::log2(i + 2.0);
    }
    return sum;
}

double ndcg_at_k(const std::vector<int>& relevances, int k) {
    std::vector<int> ideal(relevances);
    std::sort(ideal.begin(), ideal.end(), std::greater<int>());
    double best = dcg(ideal, k);
    return dcg(relevances, k) / best;
}
