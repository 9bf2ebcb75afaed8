import java.util.*;

// Provided by the harness (do not redefine):
//   record Search(String user, String market, String query) {}  // JSON [user, market, query]
//   record QueryStat(String query, int searches, int users) {}  // JSON [query, searches, users]

class Solution {
    public Map<String, QueryStat[]> topQueriesPerMarket(Search[][] shards, int k, int minUsers) {
        // For each market, the top k (query, searches, users) rows that clear the privacy floor.
        return new HashMap<>();
    }
}
