// Mutant: counts distinct users inside each shard and adds the per-shard counts, so a person in several files counts several times
import java.util.*;

class Solution {
    /** One (market, query) pair over every shard: its search count and its distinct users. */
    private static final class Group {
        int searches;
        int userCount;
    }

    public Map<String, QueryStat[]> topQueriesPerMarket(Search[][] shards, int k, int minUsers) {
        // Nested maps, market -> query -> group: a glued key could let ("ab", "c") meet ("a", "bc").
        Map<String, Map<String, Group>> groups = new HashMap<>();
        for (Search[] shard : shards) {
            Map<Group, Set<String>> local = new HashMap<>();
            for (Search s : shard) {
                Group group = groups.computeIfAbsent(s.market(), m -> new HashMap<>())
                        .computeIfAbsent(s.query(), q -> new Group());
                group.searches++;
                local.computeIfAbsent(group, g -> new HashSet<>()).add(s.user());
            }
            local.forEach((group, people) -> group.userCount += people.size());
        }

        Comparator<QueryStat> ranking = Comparator.comparingInt(QueryStat::searches).reversed()
                .thenComparing(Comparator.comparingInt(QueryStat::users).reversed())
                .thenComparing(QueryStat::query);
        Map<String, QueryStat[]> result = new HashMap<>();
        groups.forEach((market, queries) -> {
            List<QueryStat> rows = new ArrayList<>();
            queries.forEach((query, group) -> {
                if (group.userCount >= minUsers) {
                    rows.add(new QueryStat(query, group.searches, group.userCount));
                }
            });
            if (rows.isEmpty()) return; // a market with nothing above the floor is left out
            rows.sort(ranking);
            result.put(market, rows.subList(0, Math.min(k, rows.size())).toArray(new QueryStat[0]));
        });
        return result;
    }
}
