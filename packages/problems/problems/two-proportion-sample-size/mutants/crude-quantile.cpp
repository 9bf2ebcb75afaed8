// Mutant: approximates the normal quantile with the Abramowitz-Stegun 26.2.23 formula, accurate only to 4.5e-4
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
    // Abramowitz and Stegun 26.2.23
    const bool upper = p > 0.5;
    const double t = std::sqrt(-2 * std::log(upper ? 1 - p : p));
    const double x = t - (2.515517 + 0.802853 * t + 0.010328 * t * t) /
                             (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
    return upper ? x : -x;
}
}  // namespace

SampleSize sample_size_per_arm(double baseline, double lift, double alpha, double power,
                               bool two_sided) {
    const double z_alpha = normal_quantile(two_sided ? 1 - alpha / 2 : 1 - alpha);
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
