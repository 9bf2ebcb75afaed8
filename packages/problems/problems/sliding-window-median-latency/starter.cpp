#include <vector>

// Provided by the harness (do not redefine):
//   struct MedianPoint { int position; long long median; };                      // JSON [position, median]
//   struct P50Report { std::vector<MedianPoint> medians; std::vector<int> alerts; };

P50Report rolling_p50(const std::vector<long long>& latencies, int window) {
    // medians: {i, p50} at i = 0 and wherever the p50 changes (p50 = ceil(k / 2)-th smallest);
    // alerts: i where latencies[i] > 3 * p50 of the window ending at i - 1.
    return {};
}
