#include <algorithm>
#include <numeric>
#include <optional>
#include <vector>

// Provided by the harness, do not redefine:
//   struct BoostRound { int feature; std::optional<double> threshold; double left_value;
//                       double right_value; std::vector<double> predictions; };

BoostRound boosting_round(const std::vector<std::vector<double>>& x, const std::vector<double>& y,
                          const std::vector<double>& f, double learning_rate) {
    // Fit a stump to the residuals y - f; threshold is std::nullopt when no split exists.
    return {-1, std::nullopt, 0.0, 0.0, {}};
}
