#include <vector>

// Provided by the harness, do not redefine:
//   struct ThresholdChoice { double threshold; double f1; double precision; double recall; };

ThresholdChoice best_f1_threshold(const std::vector<double>& scores, const std::vector<int>& labels) {
    // Flag comment i when scores[i] >= t; candidates are the distinct scores.
    // Return the threshold with the best F1 (ties: highest threshold) and its precision and recall.
    return {0.0, 0.0, 0.0, 0.0};
}
