// Mutant: the z statistic divides by the unpooled standard error instead of the pooled one
#include <cmath>

namespace {
constexpr double Z_975 = 1.959963984540054;
}

ZTestResult two_proportion_z_test(int clicks_a, int n_a, int clicks_b, int n_b) {
    const double p_a = static_cast<double>(clicks_a) / n_a;
    const double p_b = static_cast<double>(clicks_b) / n_b;
    const double diff = p_b - p_a;

    // Sums in double: two counts up to 10^9 overflow an int.
    const double pooled = (static_cast<double>(clicks_a) + clicks_b) /
                          (static_cast<double>(n_a) + n_b);
    const double se_pooled = std::sqrt(pooled * (1 - pooled) * (1.0 / n_a + 1.0 / n_b));
    double z = 0.0;
    double p_value = 1.0;  // both arms all-0 or all-1: no evidence of a difference
    if (se_pooled > 0) {
        z = diff / std::sqrt(p_a * (1 - p_a) / n_a + p_b * (1 - p_b) / n_b);
        p_value = std::erfc(std::fabs(z) / std::sqrt(2.0));  // = 2 * (1 - Phi(|z|))
    }

    const double se = std::sqrt(p_a * (1 - p_a) / n_a + p_b * (1 - p_b) / n_b);
    return {z, p_value, diff - Z_975 * se, diff + Z_975 * se};
}
