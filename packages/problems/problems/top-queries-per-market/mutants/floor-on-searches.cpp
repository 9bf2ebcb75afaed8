// Mutant: applies the privacy floor to the number of searches instead of the number of different users
#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace {

// One (market, query) pair over every shard: its search count and its distinct users.
struct Group {
    int searches = 0;
    std::unordered_set<std::string> users;
};

}  // namespace

std::map<std::string, std::vector<QueryStat>> top_queries_per_market(
    const std::vector<std::vector<Search>>& shards, int k, int min_users) {
    // Nested maps, market -> query -> group: a glued key could let ("ab", "c") meet ("a", "bc").
    std::unordered_map<std::string, std::unordered_map<std::string, Group>> groups;
    for (const auto& shard : shards) {
        for (const Search& s : shard) {
            Group& group = groups[s.market][s.query];
            ++group.searches;
            // A set across all shards: one person in many hourly files still counts once.
            group.users.insert(s.user);
        }
    }

    std::map<std::string, std::vector<QueryStat>> result;
    for (const auto& [market, queries] : groups) {
        std::vector<QueryStat> rows;
        for (const auto& [query, group] : queries) {
            const int users = static_cast<int>(group.users.size());
            if (group.searches >= min_users) rows.push_back({query, group.searches, users});
        }
        if (rows.empty()) continue;  // a market with nothing above the floor is left out
        std::sort(rows.begin(), rows.end(), [](const QueryStat& a, const QueryStat& b) {
            if (a.searches != b.searches) return a.searches > b.searches;
            if (a.users != b.users) return a.users > b.users;
            return a.query < b.query;
        });
        if (rows.size() > static_cast<std::size_t>(k)) rows.resize(k);
        result.emplace(market, std::move(rows));
    }
    return result;
}
