// Mutant: keeps the window in a sorted std::vector (insert and erase at the binary-search position): O(window) shifting per request, too slow for the large case
#include <algorithm>
#include <vector>

P50Report rolling_p50(const std::vector<long long>& latencies, int window) {
    std::vector<long long> ordered;
    P50Report report;
    long long previous = -1;
    for (int i = 0; i < static_cast<int>(latencies.size()); ++i) {
        const long long x = latencies[i];
        if (i > 0 && x > 3 * previous) report.alerts.push_back(i);
        ordered.insert(std::upper_bound(ordered.begin(), ordered.end(), x), x);
        if (i >= window)
            ordered.erase(std::lower_bound(ordered.begin(), ordered.end(), latencies[i - window]));
        const long long median = ordered[(ordered.size() - 1) / 2];
        if (median != previous) report.medians.push_back({i, median});
        previous = median;
    }
    return report;
}
