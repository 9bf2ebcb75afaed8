#include <cmath>

// Provided by the harness, do not redefine:
//   struct SampleSize { long long n_per_arm; double z_alpha; double z_power; };

SampleSize sample_size_per_arm(double baseline, double lift, double alpha, double power,
                               bool two_sided) {
    // Write the standard normal quantile yourself: no statistics library.
    return {0, 0.0, 0.0};
}
