#include <cmath>
#include <optional>
#include <vector>

// Provided by the harness, do not redefine:
//   struct RatioTest { std::optional<double> diff; std::optional<double> se;
//                      std::optional<double> z; std::optional<double> ci_low;
//                      std::optional<double> ci_high; };

// control[i] = treatment[j] = {clicks, views} for one user.
// Return the five values; std::nullopt where a value is undefined.
RatioTest ratio_metric_test(const std::vector<std::vector<int>>& control,
                            const std::vector<std::vector<int>>& treatment) {
    return {std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
}
