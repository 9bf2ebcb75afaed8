#include <algorithm>
#include <numeric>
#include <optional>
#include <vector>

BoostRound boosting_round(const std::vector<std::vector<double>>& x, const std::vector<double>& y,
                          const std::vector<double>& f, double learning_rate) {
    const int n = static_cast<int>(y.size());
    const int d = static_cast<int>(x[0].size());
    std::vector<double> centred(n);
    double mean = 0;
    for (int i = 0; i < n; ++i) {
        centred[i] = y[i] - f[i];
        mean += centred[i];
    }
    mean /= n;
    // Centring keeps the split scores accurate when residuals share a large offset.
    double total = 0, squares = 0;
    for (double& c : centred) {
        c -= mean;
        total += c;
        squares += c * c;
    }
    const double tolerance = 1e-9 * squares;
    bool found = false;
    int best_feature = -1, best_left_count = 0;
    double best_gain = 0, best_threshold = 0;
    std::vector<int> order(n);
    for (int j = 0; j < d; ++j) {
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) { return x[a][j] < x[b][j]; });
        double left_sum = 0;
        for (int pos = 0; pos + 1 < n; ++pos) {
            left_sum += centred[order[pos]];
            const double here = x[order[pos]][j], after = x[order[pos + 1]][j];
            if (here == after) continue;  // rows with equal values always land in the same leaf
            const int n_left = pos + 1;
            const double right_sum = total - left_sum;
            // Lowering the squared error by a split is the same as raising this sum.
            const double gain = left_sum * left_sum / n_left + right_sum * right_sum / (n - n_left);
            // Only a clearly better split replaces the best, so ties keep the earlier one.
            if (!found || gain > best_gain + tolerance) {
                found = true;
                best_gain = gain;
                best_feature = j;
                best_threshold = (here + after) / 2;
                best_left_count = n_left;
            }
        }
    }
    std::vector<double> predictions(n);
    if (!found) {
        for (int i = 0; i < n; ++i) predictions[i] = f[i] + learning_rate * mean;
        return {-1, std::nullopt, mean, mean, predictions};
    }
    // Each leaf predicts the mean residual of its own rows, summed afresh from the residuals.
    double left_total = 0, right_total = 0;
    for (int i = 0; i < n; ++i) {
        if (x[i][best_feature] <= best_threshold) {
            left_total += y[i] - f[i];
        } else {
            right_total += y[i] - f[i];
        }
    }
    const double left_value = left_total / best_left_count;
    const double right_value = right_total / (n - best_left_count);
    for (int i = 0; i < n; ++i) {
        const double leaf = x[i][best_feature] <= best_threshold ? left_value : right_value;
        predictions[i] = f[i] + learning_rate * leaf;
    }
    return {best_feature, best_threshold, left_value, right_value, predictions};
}
