#include <cmath>

// Provided by the harness, do not redefine:
//   struct ZTestResult { double z; double p_value; double ci_low; double ci_high; };

ZTestResult two_proportion_z_test(int clicks_a, int n_a, int clicks_b, int n_b) {
    // Return z, the p-value and the 95% interval for the difference p_b - p_a.
    return {0.0, 1.0, 0.0, 0.0};
}
