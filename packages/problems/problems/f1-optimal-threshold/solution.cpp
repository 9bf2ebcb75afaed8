#include <algorithm>
#include <utility>
#include <vector>

ThresholdChoice best_f1_threshold(const std::vector<double>& scores, const std::vector<int>& labels) {
    const std::size_t n = scores.size();
    std::vector<std::pair<double, int>> items(n);
    long long positives = 0;
    for (std::size_t i = 0; i < n; i++) {
        items[i] = {scores[i], labels[i]};
        positives += labels[i];
    }
    std::sort(items.begin(), items.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    long long flagged = 0, true_pos = 0;
    double best_threshold = 0;
    long long best_num = -1, best_den = 1, best_true_pos = 0, best_flagged = 1;
    std::size_t i = 0;
    while (i < n) {
        // Every comment with this score is flagged at once, so add the whole group first.
        const double threshold = items[i].first;
        while (i < n && items[i].first == threshold) {
            true_pos += items[i].second;
            flagged++;
            i++;
        }
        // F1 = 2TP / (flagged + positives), compared exactly by cross-multiplying integers.
        const long long num = 2 * true_pos;
        const long long den = flagged + positives;
        // Strictly better only, so an exact tie keeps the earlier, higher threshold.
        if (best_num < 0 || num * best_den > best_num * den) {
            best_threshold = threshold;
            best_num = num;
            best_den = den;
            best_true_pos = true_pos;
            best_flagged = flagged;
        }
    }
    const double recall = positives > 0 ? static_cast<double>(best_true_pos) / positives : 0.0;
    return {best_threshold, static_cast<double>(best_num) / best_den,
            static_cast<double>(best_true_pos) / best_flagged, recall};
}
