#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>
#include <vector>

namespace {
using Weights = std::unordered_map<std::string, double>;
using Nested = std::unordered_map<std::string, Weights>;

double round6(double x) { return std::round(x * 1e6) / 1e6; }
}  // namespace

std::vector<Recommendation> recommend_items(const std::vector<Interaction>& interactions,
                                            const std::string& user, int n) {
    Nested by_item, by_user;
    for (const Interaction& row : interactions) {
        by_item[row.item][row.user] += row.weight;  // repeated (user, item) rows add up
        by_user[row.user][row.item] += row.weight;
    }
    const auto found = by_user.find(user);
    if (found == by_user.end() || n <= 0) return {};
    const Weights& seen = found->second;

    std::unordered_map<std::string, double> norms;
    auto norm = [&](const std::string& item) {
        auto [it, inserted] = norms.try_emplace(item, 0.0);
        if (inserted) {
            double sum = 0;
            for (const auto& [u, w] : by_item.at(item)) sum += w * w;
            it->second = std::sqrt(sum);
        }
        return it->second;
    };

    Weights scores;
    for (const auto& [i, w_ui] : seen) {
        // Dot products of item i with every unseen item that shares a user with it.
        Weights dots;
        for (const auto& [v, w_vi] : by_item.at(i)) {
            for (const auto& [j, w_vj] : by_user.at(v)) {
                if (seen.count(j) == 0) dots[j] += w_vi * w_vj;
            }
        }
        for (const auto& [j, dot] : dots) scores[j] += w_ui * dot / (norm(i) * norm(j));
    }

    std::vector<Recommendation> ranked;
    for (const auto& [j, s] : scores) {
        const double rounded = round6(s);
        if (rounded > 0) ranked.push_back({j, rounded});
    }
    std::sort(ranked.begin(), ranked.end(), [](const Recommendation& a, const Recommendation& b) {
        return a.score != b.score ? a.score > b.score : a.item < b.item;
    });
    if (ranked.size() > static_cast<std::size_t>(n)) ranked.resize(n);
    return ranked;
}
