// Mutant: compares every pair of views inside a session, O(L^2) per session (correct output, too slow)
#include <algorithm>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

std::vector<std::vector<Neighbor>> covisitation_candidates(
    const std::vector<std::vector<int>>& events, int window, const std::vector<int>& queries,
    int k) {
    std::unordered_map<int, std::vector<std::pair<long long, int>>> sessions;
    for (const auto& e : events) sessions[e[0]].push_back({e[2], e[1]});
    const std::unordered_set<int> wanted(queries.begin(), queries.end());
    std::unordered_map<int, std::unordered_map<int, int>> counts;
    for (auto& [session, views] : sessions) {
        const std::size_t n = views.size();
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = i + 1; j < n; ++j) {
                const int a = views[i].second;
                const int b = views[j].second;
                if (a == b || std::llabs(views[i].first - views[j].first) > window) continue;
                if (wanted.count(a)) ++counts[a][b];
                if (wanted.count(b)) ++counts[b][a];
            }
        }
    }
    std::vector<std::vector<Neighbor>> result;
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
