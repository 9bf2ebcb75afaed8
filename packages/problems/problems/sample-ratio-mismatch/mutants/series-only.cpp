// Mutant: sums the power series of P(a, x) for a fixed 100 terms at every x and returns 1 - P, with no continued fraction for the tail
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

namespace {

constexpr double kEps = 1e-16;
constexpr int kMaxIterations = 100000;
constexpr double kTiny = 1e-300;

// Regularized upper incomplete gamma Q(a, x) = Gamma(a, x) / Gamma(a).
double upper_gamma_q(double a, double x) {
    if (x <= 0) return 1.0;
    double term = 1 / a;
    double total = term;
    for (int n = 1; n < 100; ++n) {
        term *= x / (a + n);
        total += term;
    }
    return 1 - total * std::exp(a * std::log(x) - x - std::lgamma(a));
}

}  // namespace

SrmResult srm_check(const std::vector<long long>& counts, const std::vector<double>& weights,
                    double alpha) {
    const int df = static_cast<int>(counts.size()) - 1;
    long long total = 0;
    for (long long count : counts) total += count;
    if (df < 1 || total == 0) return {0.0, std::max(df, 0), 1.0, false};

    double weight_sum = 0;
    for (double w : weights) weight_sum += w;
    double statistic = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        const double expected = total * weights[i] / weight_sum;
        const double deviation = counts[i] - expected;
        statistic += deviation * deviation / expected;
    }

    // P(chi-square with df degrees of freedom >= statistic) = Q(df / 2, statistic / 2).
    const double p_value = std::clamp(upper_gamma_q(df / 2.0, statistic / 2), 0.0, 1.0);
    return {statistic, df, p_value, p_value < alpha};
}
