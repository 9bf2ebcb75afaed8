// Mutant: suggests the user's existing friends too when they share friends with the user
#include <algorithm>
#include <unordered_map>
#include <vector>

std::vector<Suggestion> suggest_friends(int n, const std::vector<std::vector<int>>& edges,
                                        int user, int k) {
    std::vector<std::vector<int>> friends(n);
    for (const auto& edge : edges) {
        if (edge[0] == edge[1]) continue;  // a self-pair befriends nobody
        friends[edge[0]].push_back(edge[1]);
        friends[edge[1]].push_back(edge[0]);
    }
    for (auto& list : friends) {  // a repeated pair is one friendship
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }
    std::vector<char> is_mine(n, 0);
    for (int f : friends[user]) is_mine[f] = 1;
    std::unordered_map<int, int> mutual_counts;
    for (int f : friends[user]) {
        for (int candidate : friends[f]) {
            if (candidate == user) continue;
            ++mutual_counts[candidate];
        }
    }
    std::vector<Suggestion> ranked;
    ranked.reserve(mutual_counts.size());
    for (const auto& [candidate, mutual] : mutual_counts) ranked.push_back({candidate, mutual});
    std::sort(ranked.begin(), ranked.end(), [](const Suggestion& a, const Suggestion& b) {
        return a.mutual != b.mutual ? a.mutual > b.mutual : a.candidate < b.candidate;
    });
    if (static_cast<int>(ranked.size()) > k) ranked.resize(k);
    return ranked;
}
