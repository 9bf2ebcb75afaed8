#include <vector>

// rides[i] = {u, v, minutes, line}; changing lines at stop v costs change_penalty[v].
// Return the fastest time from source to every stop, 0 for source, -1 if unreachable.
std::vector<long long> travel_times(int n, const std::vector<std::vector<int>>& rides,
                                    const std::vector<int>& change_penalty, int source) {
    return {};
}
