#include <algorithm>
#include <cstddef>
#include <numeric>
#include <optional>
#include <vector>

std::optional<double> roc_auc(const std::vector<double>& scores, const std::vector<int>& labels) {
    const std::size_t n = scores.size();
    const long long n_pos = std::accumulate(labels.begin(), labels.end(), 0LL);
    const long long n_neg = static_cast<long long>(n) - n_pos;
    if (n_pos == 0 || n_neg == 0) return std::nullopt;

    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return scores[a] < scores[b]; });

    double positive_rank_sum = 0.0;
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i;
        while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) ++j;
        const double midrank = (i + j) / 2.0 + 1;  // ranks are 1-based; a tie group shares its average
        for (std::size_t t = i; t <= j; ++t) positive_rank_sum += midrank * labels[order[t]];
        i = j + 1;
    }

    const double u = positive_rank_sum - n_pos * (n_pos + 1) / 2.0;
    return u / (static_cast<double>(n_pos) * static_cast<double>(n_neg));
}
