// Mutant: keeps times in 32-bit ints, which overflow past 2^31 minutes
#include <cstdint>
#include <functional>
#include <queue>
#include <unordered_map>
#include <utility>
#include <vector>

std::vector<long long> travel_times(int n, const std::vector<std::vector<int>>& rides,
                                    const std::vector<int>& change_penalty, int source) {
    // States 0..n-1: "at stop v, free to board any line". Further states: "just arrived at stop v
    // on line L", created on demand. A change of line passes through the free state.
    std::unordered_map<std::uint64_t, int> line_state;
    std::vector<int> stop_of(n);
    for (int v = 0; v < n; ++v) stop_of[v] = v;
    std::vector<std::vector<std::pair<int, long long>>> adjacency(n);
    auto state_of = [&](int stop, int line) {
        const std::uint64_t key = (static_cast<std::uint64_t>(stop) << 32) |
                                  static_cast<std::uint32_t>(line);
        auto it = line_state.find(key);
        if (it != line_state.end()) return it->second;
        const int id = static_cast<int>(stop_of.size());
        line_state.emplace(key, id);
        stop_of.push_back(stop);
        // getting off the line at this stop costs the stop's change penalty
        adjacency.push_back({{stop, change_penalty[stop]}});
        return id;
    };
    for (const auto& ride : rides) {
        const int arrive = state_of(ride[1], ride[3]);
        const int on_line = state_of(ride[0], ride[3]);
        adjacency[ride[0]].push_back({arrive, ride[2]});  // board from the free state
        adjacency[on_line].push_back({arrive, ride[2]});  // stay on the same line
    }

    const int states = static_cast<int>(stop_of.size());
    std::vector<int> dist(states, -1);
    dist[source] = 0;
    using Entry = std::pair<int, int>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> heap;
    heap.push({0, source});
    while (!heap.empty()) {
        const auto [d, s] = heap.top();
        heap.pop();
        if (d > dist[s]) continue;  // a stale heap entry
        for (const auto& [next, w] : adjacency[s]) {
            if (dist[next] < 0 || d + w < dist[next]) {
                dist[next] = d + w;
                heap.push({static_cast<int>(d + w), next});
            }
        }
    }

    std::vector<long long> best(n, -1);
    best[source] = 0;
    for (int s = n; s < states; ++s) {
        const int stop = stop_of[s];
        if (dist[s] >= 0 && (best[stop] < 0 || dist[s] < best[stop])) best[stop] = dist[s];
    }
    return best;
}
