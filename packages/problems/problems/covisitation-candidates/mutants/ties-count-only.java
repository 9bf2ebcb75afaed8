// Mutant: sorts candidates by count only, so ties keep the hash map's iteration order
import java.util.*;

class Solution {
    public Neighbor[][] covisitationCandidates(int[][] events, int window, int[] queries, int k) {
        // Group each session's views as {t, item} and put them in time order.
        Map<Integer, List<long[]>> sessions = new HashMap<>();
        for (int[] e : events) {
            sessions.computeIfAbsent(e[0], s -> new ArrayList<>()).add(new long[] {e[2], e[1]});
        }
        Set<Integer> wanted = new HashSet<>();
        for (int q : queries) wanted.add(q);
        // counts.get(q).get(x) = c(q, x), kept only for query items q.
        Map<Integer, Map<Integer, Integer>> counts = new HashMap<>();
        for (List<long[]> views : sessions.values()) {
            views.sort((a, b) -> Long.compare(a[0], b[0]));
            int left = 0;
            for (int right = 0; right < views.size(); right++) {
                long t = views.get(right)[0];
                int item = (int) views.get(right)[1];
                // Views before `left` are more than `window` seconds older than this one.
                while (views.get(left)[0] < t - window) left++;
                for (int i = left; i < right; i++) {
                    int other = (int) views.get(i)[1];
                    if (other == item) continue;
                    if (wanted.contains(item)) {
                        counts.computeIfAbsent(item, q -> new HashMap<>()).merge(other, 1, Integer::sum);
                    }
                    if (wanted.contains(other)) {
                        counts.computeIfAbsent(other, q -> new HashMap<>()).merge(item, 1, Integer::sum);
                    }
                }
            }
        }
        Neighbor[][] result = new Neighbor[queries.length][];
        for (int j = 0; j < queries.length; j++) {
            Map<Integer, Integer> row = counts.getOrDefault(queries[j], Map.of());
            List<Neighbor> ranked = new ArrayList<>();
            for (Map.Entry<Integer, Integer> en : row.entrySet()) {
                ranked.add(new Neighbor(en.getKey(), en.getValue()));
            }
            ranked.sort((a, b) -> Integer.compare(b.count(), a.count()));
            result[j] = ranked.subList(0, Math.min(k, ranked.size())).toArray(new Neighbor[0]);
        }
        return result;
    }
}
