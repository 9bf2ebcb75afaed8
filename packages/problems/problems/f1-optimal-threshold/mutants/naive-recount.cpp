// Mutant: recounts the flagged comments from scratch for every candidate threshold: right answers, O(n^2) time
#include <algorithm>
#include <vector>

ThresholdChoice best_f1_threshold(const std::vector<double>& scores, const std::vector<int>& labels) {
    const std::size_t n = scores.size();
    std::vector<double> candidates(scores);
    std::sort(candidates.begin(), candidates.end(), [](double a, double b) { return a > b; });
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    long long positives = 0;
    for (int label : labels) positives += label;
    ThresholdChoice best{0.0, 0.0, 0.0, 0.0};
    long long best_num = -1, best_den = 1;
    for (double threshold : candidates) {
        long long flagged = 0, true_pos = 0;
        for (std::size_t i = 0; i < n; i++) {
            if (scores[i] >= threshold) {
                flagged++;
                true_pos += labels[i];
            }
        }
        const long long num = 2 * true_pos;
        const long long den = flagged + positives;
        if (best_num < 0 || num * best_den > best_num * den) {
            best_num = num;
            best_den = den;
            const double recall = positives > 0 ? static_cast<double>(true_pos) / positives : 0.0;
            best = {threshold, static_cast<double>(num) / den, static_cast<double>(true_pos) / flagged,
                    recall};
        }
    }
    return best;
}
