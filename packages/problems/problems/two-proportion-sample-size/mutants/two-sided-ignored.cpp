// Mutant: uses 1 - alpha for the critical value even when the test is two-sided
#include <cmath>

namespace {
// Acklam's rational approximation of the standard normal quantile: absolute error below 1e-8.
constexpr double kA[] = {-39.69683028665376, 220.9460984245205, -275.9285104469687,
                         138.357751867269,   -30.66479806614716, 2.506628277459239};
constexpr double kB[] = {-54.47609879822406, 161.5858368580409, -155.6989798598866,
                         66.80131188771972,  -13.28068155288572};
constexpr double kC[] = {-0.007784894002430293, -0.3223964580411365, -2.400758277161838,
                         -2.549732539343734,    4.374664141464968,   2.938163982698783};
constexpr double kD[] = {0.007784695709041462, 0.3224671290700398, 2.445134137142996,
                         3.754408661907416};
constexpr double kTail = 0.02425;

// The quantile of a small lower-tail probability p (negative).
double tail_quantile(double p) {
    const double q = std::sqrt(-2 * std::log(p));
    const double num = ((((kC[0] * q + kC[1]) * q + kC[2]) * q + kC[3]) * q + kC[4]) * q + kC[5];
    const double den = (((kD[0] * q + kD[1]) * q + kD[2]) * q + kD[3]) * q + 1;
    return num / den;
}

double normal_quantile(double p) {
    if (p < kTail) return tail_quantile(p);
    if (p > 1 - kTail) return -tail_quantile(1 - p);
    const double q = p - 0.5;
    const double r = q * q;
    const double num = (((((kA[0] * r + kA[1]) * r + kA[2]) * r + kA[3]) * r + kA[4]) * r + kA[5]) * q;
    const double den = ((((kB[0] * r + kB[1]) * r + kB[2]) * r + kB[3]) * r + kB[4]) * r + 1;
    return num / den;
}
}  // namespace

SampleSize sample_size_per_arm(double baseline, double lift, double alpha, double power,
                               bool two_sided) {
    const double z_alpha = normal_quantile(1 - alpha);
    const double z_power = normal_quantile(power);
    const double p1 = baseline;
    const double p2 = baseline * (1 + lift);
    const double p_bar = (p1 + p2) / 2;
    // Under the null both arms share the pooled rate; under the alternative each keeps its own.
    const double spread_null = std::sqrt(2 * p_bar * (1 - p_bar));
    const double spread_alt = std::sqrt(p1 * (1 - p1) + p2 * (1 - p2));
    const double bracket = z_alpha * spread_null + z_power * spread_alt;
    const double n = bracket * bracket / ((p2 - p1) * (p2 - p1));
    return {static_cast<long long>(std::ceil(n)), z_alpha, z_power};
}
