#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

std::vector<std::vector<Neighbor>> covisitation_candidates(
    const std::vector<std::vector<int>>& events, int window, const std::vector<int>& queries,
    int k) {
    // Group each session's views as (t, item) and put them in time order.
    std::unordered_map<int, std::vector<std::pair<long long, int>>> sessions;
    for (const auto& e : events) sessions[e[0]].push_back({e[2], e[1]});
    const std::unordered_set<int> wanted(queries.begin(), queries.end());
    // counts[q][x] = c(q, x), kept only for query items q.
    std::unordered_map<int, std::unordered_map<int, int>> counts;
    for (auto& [session, views] : sessions) {
        std::sort(views.begin(), views.end());
        std::size_t left = 0;
        for (std::size_t right = 0; right < views.size(); ++right) {
            const long long t = views[right].first;
            const int item = views[right].second;
            // Views before `left` are more than `window` seconds older than this one.
            while (views[left].first < t - window) ++left;
            for (std::size_t i = left; i < right; ++i) {
                const int other = views[i].second;
                if (other == item) continue;
                if (wanted.count(item)) ++counts[item][other];
                if (wanted.count(other)) ++counts[other][item];
            }
        }
    }
    std::vector<std::vector<Neighbor>> result;
    result.reserve(queries.size());
    for (int q : queries) {
        std::vector<Neighbor> ranked;
        auto it = counts.find(q);
        if (it != counts.end())
            for (const auto& [x, c] : it->second) ranked.push_back({x, c});
        std::sort(ranked.begin(), ranked.end(), [](const Neighbor& a, const Neighbor& b) {
            return a.count != b.count ? a.count > b.count : a.item < b.item;
        });
        if (static_cast<int>(ranked.size()) > k) ranked.resize(k);
        result.push_back(std::move(ranked));
    }
    return result;
}
