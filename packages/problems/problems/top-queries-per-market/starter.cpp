#include <map>
#include <string>
#include <vector>

// Provided by the harness (do not redefine):
//   struct Search { std::string user; std::string market; std::string query; };  // JSON [user, market, query]
//   struct QueryStat { std::string query; int searches; int users; };          // JSON [query, searches, users]

std::map<std::string, std::vector<QueryStat>> top_queries_per_market(
    const std::vector<std::vector<Search>>& shards, int k, int min_users) {
    // For each market, the top k (query, searches, users) rows that clear the privacy floor.
    return {};
}
