// Mutant: rescans every record once per market, O(markets * records)
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

std::map<std::string, std::vector<QueryStat>> top_queries_per_market(
    const std::vector<std::vector<Search>>& shards, int k, int min_users) {
    std::set<std::string> markets;
    for (const auto& shard : shards) {
        for (const Search& s : shard) markets.insert(s.market);
    }
    std::map<std::string, std::vector<QueryStat>> result;
    for (const std::string& market : markets) {
        std::map<std::string, int> searches;
        std::map<std::string, std::set<std::string>> users;
        for (const auto& shard : shards) {
            for (const Search& s : shard) {
                if (s.market != market) continue;
                ++searches[s.query];
                users[s.query].insert(s.user);
            }
        }
        std::vector<QueryStat> rows;
        for (const auto& [query, people] : users) {
            const int count = static_cast<int>(people.size());
            if (count >= min_users) rows.push_back({query, searches[query], count});
        }
        if (rows.empty()) continue;
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
