// Mutant: measures each arm by the mean of the users' own click-through rates (skipping users with no views) instead of the ratio of sums
#include <cmath>
#include <optional>
#include <vector>

namespace {
constexpr double Z_975 = 1.959963984540054;

struct Arm {
    std::optional<double> ratio;
    std::optional<double> variance;
};

// The arm's mean per-user rate and the variance of that mean; nullopt where undefined.
Arm summarise(const std::vector<std::vector<int>>& users) {
    std::vector<double> rates;
    for (const auto& user : users)
        if (user[1] > 0) rates.push_back(static_cast<double>(user[0]) / user[1]);
    const std::size_t n = rates.size();
    if (n == 0) return {};
    double sum = 0;
    for (double r : rates) sum += r;
    const double ratio = sum / n;
    if (n < 2) return {ratio, std::nullopt};
    double squares = 0;
    for (double r : rates) squares += (r - ratio) * (r - ratio);
    return {ratio, squares / ((n - 1.0) * n)};
}
}  // namespace

RatioTest ratio_metric_test(const std::vector<std::vector<int>>& control,
                            const std::vector<std::vector<int>>& treatment) {
    const Arm c = summarise(control);
    const Arm t = summarise(treatment);
    RatioTest result{std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
    if (!c.ratio || !t.ratio) return result;
    const double diff = *t.ratio - *c.ratio;
    result.diff = diff;
    if (!c.variance || !t.variance) return result;
    const double se = std::sqrt(*c.variance + *t.variance);
    result.se = se;
    if (se > 0) result.z = diff / se;
    result.ci_low = diff - Z_975 * se;
    result.ci_high = diff + Z_975 * se;
    return result;
}
