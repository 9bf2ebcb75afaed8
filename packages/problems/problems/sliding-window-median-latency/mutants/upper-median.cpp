// Mutant: for an even window takes the upper of the two middle values (the upper half holds ceil(k/2))
#include <cstdint>
#include <iterator>
#include <set>
#include <vector>

P50Report rolling_p50(const std::vector<long long>& latencies, int window) {
    const int n = static_cast<int>(latencies.size());
    // value * shift + position is unique and orders like the value (it stays below 2^63 for
    // latencies up to 10^12), so each request has exactly one key and leaves by an exact erase.
    const long long shift = n + 1LL;
    std::set<long long> low;  // the lower ceil(k / 2) values; its largest is the p50
    std::set<long long> high;
    P50Report report;
    long long previous = -1;
    for (int i = 0; i < n; ++i) {
        const long long x = latencies[i];
        // The p50 before request i is the one computed at i - 1.
        if (i > 0 && x > 3 * previous) report.alerts.push_back(i);
        const long long key = x * shift + i;
        if (!low.empty() && key < *low.rbegin()) low.insert(key);
        else high.insert(key);
        if (i >= window) {
            const long long old = latencies[i - window] * shift + (i - window);
            if (low.erase(old) == 0) high.erase(old);
        }
        while (low.size() > high.size()) {
            high.insert(*low.rbegin());
            low.erase(std::prev(low.end()));
        }
        while (high.size() > low.size() + 1) {
            low.insert(*high.begin());
            high.erase(high.begin());
        }
        const long long median = *high.begin() / shift;
        if (median != previous) report.medians.push_back({i, median});
        previous = median;
    }
    return report;
}
