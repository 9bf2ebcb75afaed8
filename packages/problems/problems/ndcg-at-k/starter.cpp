#include <vector>

double ndcg_at_k(const std::vector<int>& relevances, int k) {
    // Return NDCG@k of the ranked list `relevances` (exponential gain, log2 discount).
    return 0.0;
}
