import java.util.*;

class Solution {
    /** One (market, query) pair over every shard: its search count and its distinct users. */
    private static final class Group {
        int searches;
        final Set<String> users = new HashSet<>();
    }

    public Map<String, QueryStat[]> topQueriesPerMarket(Search[][] shards, int k, int minUsers) {
        // Nested maps, market -> query -> group: a glued key could let ("ab", "c") meet ("a", "bc").
        Map<String, Map<String, Group>> groups = new HashMap<>();
        for (Search[] shard : shards) {
            for (Search s : shard) {
                Group group = groups.computeIfAbsent(s.market(), m -> new HashMap<>())
                        .computeIfAbsent(s.query(), q -> new Group());
                group.searches++;
                // A set across all shards: one person in many hourly files still counts once.
                group.users.add(s.user());
            }
        }

        Comparator<QueryStat> ranking = Comparator.comparingInt(QueryStat::searches).reversed()
                .thenComparing(Comparator.comparingInt(QueryStat::users).reversed())
                .thenComparing(QueryStat::query);
        Map<String, QueryStat[]> result = new HashMap<>();
        groups.forEach((market, queries) -> {
            List<QueryStat> rows = new ArrayList<>();
            queries.forEach((query, group) -> {
                if (group.users.size() >= minUsers) {
                    rows.add(new QueryStat(query, group.searches, group.users.size()));
                }
            });
            if (rows.isEmpty()) return; // a market with nothing above the floor is left out
            rows.sort(ranking);
            result.put(market, rows.subList(0, Math.min(k, rows.size())).toArray(new QueryStat[0]));
        });
        return result;
    }
}
