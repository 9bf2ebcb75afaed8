// Mutant: recommends items the user has already engaged with
#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

std::vector<ItemScore> recommend_items(const std::vector<std::vector<std::string>>& user_boards,
                                       const std::vector<std::vector<std::string>>& board_items,
                                       const std::vector<std::vector<std::string>>& user_items,
                                       const std::string& user, double alpha, int iterations,
                                       int n) {
    // Keys carry a one-letter kind prefix so a user, a board and an item may share an id.
    std::unordered_map<std::string, int> index;
    std::vector<std::string> names;
    std::vector<std::unordered_set<int>> adj;  // sets: an edge listed twice counts once
    auto node = [&](const std::string& key) {
        auto [it, added] = index.emplace(key, static_cast<int>(names.size()));
        if (added) {
            names.push_back(key);
            adj.emplace_back();
        }
        return it->second;
    };
    auto link = [&](const std::string& a, const std::string& b) {
        int x = node(a), y = node(b);
        adj[x].insert(y);
        adj[y].insert(x);
    };
    for (const auto& e : user_boards) link("u:" + e[0], "b:" + e[1]);
    for (const auto& e : board_items) link("b:" + e[0], "i:" + e[1]);
    for (const auto& e : user_items) link("u:" + e[0], "i:" + e[1]);

    auto found = index.find("u:" + user);
    if (found == index.end()) return {};
    const int s = found->second;

    const std::size_t size = names.size();
    std::vector<std::vector<int>> neighbours(size);
    for (std::size_t v = 0; v < size; ++v) neighbours[v].assign(adj[v].begin(), adj[v].end());

    std::vector<double> rank(size, 0.0);
    rank[s] = 1.0;
    for (int t = 0; t < iterations; ++t) {
        std::vector<double> next(size, 0.0);
        next[s] = alpha;
        for (std::size_t v = 0; v < size; ++v) {
            if (rank[v] == 0.0) continue;
            double share = (1 - alpha) * rank[v] / static_cast<double>(neighbours[v].size());
            for (int w : neighbours[v]) next[w] += share;
        }
        rank = std::move(next);
    }

    std::unordered_set<std::string> seen;
    for (const auto& e : user_items)
        if (e[0] == user) seen.insert(e[1]);
    std::vector<ItemScore> candidates;
    for (std::size_t v = 0; v < size; ++v) {
        const std::string& key = names[v];
        if (key.compare(0, 2, "i:") != 0) continue;
        std::string item = key.substr(2);
        double score = std::round(rank[v] * 1e9) / 1e9;
        if (score > 0) candidates.push_back({item, score});
    }
    std::sort(candidates.begin(), candidates.end(), [](const ItemScore& a, const ItemScore& b) {
        if (a.score != b.score) return a.score > b.score;
        return a.item < b.item;
    });
    if (candidates.size() > static_cast<std::size_t>(n)) candidates.resize(n);
    return candidates;
}
