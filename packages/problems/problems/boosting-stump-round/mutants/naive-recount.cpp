// Mutant: recomputes both leaves from scratch for every candidate threshold: right answers, O(d n^2) time
#include <algorithm>
#include <optional>
#include <vector>

BoostRound boosting_round(const std::vector<std::vector<double>>& x, const std::vector<double>& y,
                          const std::vector<double>& f, double learning_rate) {
    const int n = static_cast<int>(y.size());
    const int d = static_cast<int>(x[0].size());
    std::vector<double> residuals(n);
    double mean = 0;
    for (int i = 0; i < n; ++i) {
        residuals[i] = y[i] - f[i];
        mean += residuals[i];
    }
    mean /= n;
    double squares = 0;
    for (int i = 0; i < n; ++i) squares += (residuals[i] - mean) * (residuals[i] - mean);
    bool found = false;
    int best_feature = -1;
    double best_loss = 0, best_threshold = 0, best_left = 0, best_right = 0;
    std::vector<double> column(n);
    for (int j = 0; j < d; ++j) {
        for (int i = 0; i < n; ++i) column[i] = x[i][j];
        std::vector<double> values(column);
        std::sort(values.begin(), values.end());
        values.erase(std::unique(values.begin(), values.end()), values.end());
        for (std::size_t k = 0; k + 1 < values.size(); ++k) {
            const double threshold = (values[k] + values[k + 1]) / 2;
            double left_sum = 0, right_sum = 0;
            int n_left = 0;
            for (int i = 0; i < n; ++i) {
                if (column[i] <= threshold) {
                    left_sum += residuals[i] - mean;
                    ++n_left;
                } else {
                    right_sum += residuals[i] - mean;
                }
            }
            const int n_right = n - n_left;
            double loss = 0;
            const double left_mean = left_sum / n_left, right_mean = right_sum / n_right;
            for (int i = 0; i < n; ++i) {
                const double c = residuals[i] - mean - (column[i] <= threshold ? left_mean : right_mean);
                loss += c * c;
            }
            if (!found || loss < best_loss - 1e-9 * squares) {
                found = true;
                best_loss = loss;
                best_feature = j;
                best_threshold = threshold;
                best_left = mean + left_mean;
                best_right = mean + right_mean;
            }
        }
    }
    std::vector<double> predictions(n);
    if (!found) {
        for (int i = 0; i < n; ++i) predictions[i] = f[i] + learning_rate * mean;
        return {-1, std::nullopt, mean, mean, predictions};
    }
    for (int i = 0; i < n; ++i) {
        const double leaf = x[i][best_feature] <= best_threshold ? best_left : best_right;
        predictions[i] = f[i] + learning_rate * leaf;
    }
    return {best_feature, best_threshold, best_left, best_right, predictions};
}
