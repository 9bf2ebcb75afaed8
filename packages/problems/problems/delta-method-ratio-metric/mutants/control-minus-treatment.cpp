// Mutant: reports control minus treatment instead of treatment minus control
#include <cmath>
#include <optional>
#include <vector>

namespace {
constexpr double Z_975 = 1.959963984540054;

struct Arm {
    std::optional<double> ratio;
    std::optional<double> variance;
};

// The arm's ratio of sums and its delta-method variance; nullopt where undefined.
Arm summarise(const std::vector<std::vector<int>>& users) {
    const std::size_t n = users.size();
    // Totals in 64 bits: an arm's views can pass 2^31.
    long long total_clicks = 0;
    long long total_views = 0;
    for (const auto& user : users) {
        total_clicks += user[0];
        total_views += user[1];
    }
    if (total_views == 0) return {};
    const double ratio = static_cast<double>(total_clicks) / static_cast<double>(total_views);
    if (n < 2) return {ratio, std::nullopt};
    // Linearised residual c - R v: its sample variance equals
    // var(c) - 2 R cov(c, v) + R^2 var(v), without the cancellation of the expanded form.
    double squares = 0;
    for (const auto& user : users) {
        const double residual = user[0] - ratio * user[1];
        squares += residual * residual;
    }
    const double views = static_cast<double>(total_views);
    const double count = static_cast<double>(n);
    // Var(R) = s_d^2 / (n * mean_v^2) = n * sum(d^2) / ((n - 1) * (sum v)^2)
    return {ratio, count * squares / ((count - 1) * views * views)};
}
}  // namespace

RatioTest ratio_metric_test(const std::vector<std::vector<int>>& control,
                            const std::vector<std::vector<int>>& treatment) {
    const Arm c = summarise(control);
    const Arm t = summarise(treatment);
    RatioTest result{std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
    if (!c.ratio || !t.ratio) return result;
    const double diff = *c.ratio - *t.ratio;
    result.diff = diff;
    if (!c.variance || !t.variance) return result;
    const double se = std::sqrt(*c.variance + *t.variance);
    result.se = se;
    if (se > 0) result.z = diff / se;
    result.ci_low = diff - Z_975 * se;
    result.ci_high = diff + Z_975 * se;
    return result;
}
