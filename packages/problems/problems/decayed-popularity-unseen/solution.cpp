#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>
#include <vector>

std::vector<Recommendation> recommend_popular(const std::vector<Event>& events, int user, int now,
                                              double half_life, int k) {
    std::unordered_map<int, double> popularity;
    std::unordered_set<int> seen;
    for (const Event& e : events) {
        // An event loses half its weight every half_life seconds.
        popularity[e.item] += std::pow(0.5, (static_cast<double>(now) - e.t) / half_life);
        if (e.user == user) seen.insert(e.item);
    }
    std::vector<Recommendation> ranked;
    for (const auto& [item, score] : popularity) {
        if (!seen.count(item)) ranked.push_back({item, score});
    }
    std::sort(ranked.begin(), ranked.end(), [](const Recommendation& a, const Recommendation& b) {
        return a.score != b.score ? a.score > b.score : a.item < b.item;
    });
    if (static_cast<int>(ranked.size()) > k) ranked.resize(k);
    return ranked;
}
