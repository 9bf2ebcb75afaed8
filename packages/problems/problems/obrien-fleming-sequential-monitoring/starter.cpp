#include <cmath>
#include <vector>

// Provided by the harness, do not redefine:
//   struct Monitor { std::vector<double> boundaries; int stop_look; };

Monitor sequential_monitor(const std::vector<double>& info, const std::vector<double>& z,
                           double alpha) {
    // The z boundary of every planned look and the 1-based look that stops the test, or 0.
    // Write the normal quantile yourself (std::erfc is fine): no statistics library.
    return {{}, 0};
}
