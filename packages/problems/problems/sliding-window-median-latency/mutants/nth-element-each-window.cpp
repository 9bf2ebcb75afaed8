// Mutant: copies every window and runs std::nth_element on it: O(n * window), far too slow for the large case
#include <algorithm>
#include <vector>

P50Report rolling_p50(const std::vector<long long>& latencies, int window) {
    P50Report report;
    long long previous = -1;
    std::vector<long long> current;
    for (int i = 0; i < static_cast<int>(latencies.size()); ++i) {
        if (i > 0 && latencies[i] > 3 * previous) report.alerts.push_back(i);
        current.assign(latencies.begin() + std::max(0, i - window + 1), latencies.begin() + i + 1);
        auto mid = current.begin() + (current.size() - 1) / 2;
        std::nth_element(current.begin(), mid, current.end());
        if (*mid != previous) report.medians.push_back({i, *mid});
        previous = *mid;
    }
    return report;
}
