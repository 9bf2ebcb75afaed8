#include <cmath>
#include <vector>

// Provided by the harness (do not redefine):
//   struct SrmResult { double statistic; int df; double p_value; bool mismatch; };

SrmResult srm_check(const std::vector<long long>& counts, const std::vector<double>& weights,
                    double alpha) {
    // Return the chi-square statistic, df, p-value and verdict for the counts against the plan.
    return {0.0, 0, 1.0, false};
}
