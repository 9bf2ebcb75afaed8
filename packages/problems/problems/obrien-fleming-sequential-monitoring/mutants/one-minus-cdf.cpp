// Mutant: computes upper tails as 1 - CDF, which cancels to zero for the tiny error spent at early looks
#include <cmath>
#include <vector>

namespace {
constexpr int kGrid = 801;        // odd: Simpson's rule over each look's continuation region
constexpr double kFloor = -12.0;  // the score never reaches below this

double upper_tail(double x) { return 1 - 0.5 * std::erfc(-x / std::sqrt(2.0)); }

double pdf(double x) { return std::exp(-0.5 * x * x) / std::sqrt(2 * M_PI); }

double acklam_tail(double p) {
    const double q = std::sqrt(-2 * std::log(p));
    return (((((-0.007784894002430293 * q - 0.3223964580411365) * q - 2.400758277161838) * q -
              2.549732539343734) * q + 4.374664141464968) * q + 2.938163982698783) /
           ((((0.007784695709041462 * q + 0.3224671290700398) * q + 2.445134137142996) * q +
             3.754408661907416) * q + 1);
}

// Acklam's rational approximation of the standard normal quantile (absolute error below 1e-8).
double normal_quantile(double p) {
    if (p < 0.02425) return acklam_tail(p);
    if (p > 1 - 0.02425) return -acklam_tail(1 - p);
    const double q = p - 0.5;
    const double r = q * q;
    return (((((-39.69683028665376 * r + 220.9460984245205) * r - 275.9285104469687) * r +
              138.357751867269) * r - 30.66479806614716) * r + 2.506628277459239) * q /
           (((((-54.47609879822406 * r + 161.5858368580409) * r - 155.6989798598866) * r +
              66.80131188771972) * r - 13.28068155288572) * r + 1);
}
}  // namespace

Monitor sequential_monitor(const std::vector<double>& info, const std::vector<double>& z,
                           double alpha) {
    const double z_half = normal_quantile(1 - alpha / 2);
    std::vector<double> boundaries;
    // Sub-density of the score S(t) = Z * sqrt(t) over paths that have not crossed yet.
    std::vector<double> points, weights, density;
    double previous_t = 0, previous_spent = 0;
    for (std::size_t k = 0; k < info.size(); ++k) {
        const double t = info[k];
        // Lan-DeMets O'Brien-Fleming-type spending.
        const double spent = 2 * upper_tail(z_half / std::sqrt(t));
        const double target = spent - previous_spent;
        const double sd = std::sqrt(t - previous_t);
        auto crossing = [&](double bound) {
            if (k == 0) return upper_tail(bound / sd);
            double total = 0;
            for (int i = 0; i < kGrid; ++i)
                total += weights[i] * density[i] * upper_tail((bound - points[i]) / sd);
            return total;
        };
        double lo = -10, hi = 20;  // the crossing probability falls as the boundary rises
        for (int it = 0; it < 100; ++it) {
            const double mid = (lo + hi) / 2;
            (crossing(mid) > target ? lo : hi) = mid;
        }
        const double bound = (lo + hi) / 2;
        boundaries.push_back(bound / std::sqrt(t));
        const double h = (bound - kFloor) / (kGrid - 1);
        std::vector<double> new_points(kGrid), new_weights(kGrid), new_density(kGrid);
        for (int j = 0; j < kGrid; ++j) {
            const double s = kFloor + j * h;
            new_points[j] = s;
            new_weights[j] = h / 3 * (j == 0 || j == kGrid - 1 ? 1 : j % 2 == 1 ? 4 : 2);
            if (k == 0) {
                new_density[j] = pdf(s / sd) / sd;
            } else {
                double total = 0;
                for (int i = 0; i < kGrid; ++i)
                    total += weights[i] * density[i] * pdf((s - points[i]) / sd);
                new_density[j] = total / sd;
            }
        }
        points.swap(new_points);
        weights.swap(new_weights);
        density.swap(new_density);
        previous_t = t;
        previous_spent = spent;
    }
    int stop_look = 0;
    for (std::size_t k = 0; k < z.size(); ++k) {
        if (z[k] >= boundaries[k]) {
            stop_look = static_cast<int>(k) + 1;
            break;
        }
    }
    return {boundaries, stop_look};
}
