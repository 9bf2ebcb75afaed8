#include <string>
#include <vector>

// Provided by the harness (do not redefine):
//   struct Event { long long time; std::string item; };  // JSON [time, item]
//   struct ItemCount { std::string item; int count; };   // JSON [item, count]

std::vector<std::vector<ItemCount>> sliding_heavy_hitters(const std::vector<Event>& events,
                                                          long long window, int percent,
                                                          const std::vector<long long>& queries) {
    // For each query time, return the (item, count) pairs holding >= percent% of the window.
    return std::vector<std::vector<ItemCount>>(queries.size());
}
