// Mutant: rescans every record once per market, O(markets * records)
import java.util.*;

class Solution {
    public Map<String, QueryStat[]> topQueriesPerMarket(Search[][] shards, int k, int minUsers) {
        Set<String> markets = new TreeSet<>();
        for (Search[] shard : shards) {
            for (Search s : shard) markets.add(s.market());
        }
        Comparator<QueryStat> ranking = Comparator.comparingInt(QueryStat::searches).reversed()
                .thenComparing(Comparator.comparingInt(QueryStat::users).reversed())
                .thenComparing(QueryStat::query);
        Map<String, QueryStat[]> result = new HashMap<>();
        for (String market : markets) {
            Map<String, Integer> searches = new HashMap<>();
            Map<String, Set<String>> users = new HashMap<>();
            for (Search[] shard : shards) {
                for (Search s : shard) {
                    if (!s.market().equals(market)) continue;
                    searches.merge(s.query(), 1, Integer::sum);
                    users.computeIfAbsent(s.query(), q -> new HashSet<>()).add(s.user());
                }
            }
            List<QueryStat> rows = new ArrayList<>();
            users.forEach((query, people) -> {
                if (people.size() >= minUsers) {
                    rows.add(new QueryStat(query, searches.get(query), people.size()));
                }
            });
            if (rows.isEmpty()) continue;
            rows.sort(ranking);
            result.put(market, rows.subList(0, Math.min(k, rows.size())).toArray(new QueryStat[0]));
        }
        return result;
    }
}
