// Mutant: applies Yates's continuity correction when there is one degree of freedom
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
    const double log_prefix = a * std::log(x) - x - std::lgamma(a);
    if (x < a + 1) {
        // Series for the lower function P(a, x); converges fast below the mode.
        double term = 1 / a;
        double total = term;
        for (int n = 1; n < kMaxIterations && std::abs(term) > std::abs(total) * kEps; ++n) {
            term *= x / (a + n);
            total += term;
        }
        return 1 - total * std::exp(log_prefix);
    }
    // Continued fraction for Q(a, x) (modified Lentz); converges fast above the mode.
    double b = x + 1 - a;
    double c = 1 / kTiny;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i < kMaxIterations; ++i) {
        const double an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (std::abs(d) < kTiny) d = kTiny;
        c = b + an / c;
        if (std::abs(c) < kTiny) c = kTiny;
        d = 1 / d;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1) < kEps) break;
    }
    return std::exp(log_prefix) * h;
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
        const double deviation = std::abs(counts[i] - expected) - (df == 1 ? 0.5 : 0.0);
        statistic += deviation * deviation / expected;
    }

    // P(chi-square with df degrees of freedom >= statistic) = Q(df / 2, statistic / 2).
    const double p_value = std::clamp(upper_gamma_q(df / 2.0, statistic / 2), 0.0, 1.0);
    return {statistic, df, p_value, p_value < alpha};
}
