// Mutant: sorts once but recounts the sorted prefix for every threshold, O(n^2) per feature
#include <algorithm>
#include <numeric>
#include <optional>
#include <vector>

std::optional<Stump> best_stump(const std::vector<std::vector<double>>& features,
                                const std::vector<int>& labels) {
    const int n = static_cast<int>(labels.size());
    const int classes = labels.empty() ? 0 : *std::max_element(labels.begin(), labels.end()) + 1;
    std::optional<Stump> best;
    std::vector<int> order(n);
    for (int feature = 0; feature < static_cast<int>(features.size()); ++feature) {
        const std::vector<double>& column = features[feature];
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) { return column[a] < column[b]; });
        std::vector<long long> left(classes, 0);
        std::vector<long long> right(classes, 0);
        for (int y : labels) ++right[y];
        // Sums of squared class counts on each side, kept up to date as samples move left.
        // They reach n^2 = 10^10, past an int.
        long long left_sq = 0;
        long long right_sq = 0;
        for (long long c : right) right_sq += c * c;
        for (int pos = 0; pos + 1 < n; ++pos) {
            const int y = labels[order[pos]];
            left_sq += 2 * left[y] + 1;
            right_sq -= 2 * right[y] - 1;
            ++left[y];
            --right[y];
            const double here = column[order[pos]];
            const double after = column[order[pos + 1]];
            if (here == after) continue;  // equal values cannot be separated
            std::vector<long long> prefix(classes, 0);
            for (int i = 0; i <= pos; ++i) ++prefix[labels[order[i]]];
            left_sq = 0;
            right_sq = 0;
            for (int c = 0; c < classes; ++c) {
                const long long total = left[c] + right[c];
                left_sq += prefix[c] * prefix[c];
                right_sq += (total - prefix[c]) * (total - prefix[c]);
            }
            const int n_left = pos + 1;
            const double impurity =
                1 - (static_cast<double>(left_sq) / n_left +
                     static_cast<double>(right_sq) / (n - n_left)) / n;
            // Equal impurities may differ in the last bits; the earlier split keeps a tie.
            if (!best || impurity < best->impurity - 1e-12) {
                best = Stump{feature, (here + after) / 2, impurity};
            }
        }
    }
    return best;
}
