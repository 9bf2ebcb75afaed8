// Mutant: sorts by count only, so equal counts keep the hash map's order
import java.util.*;

class Solution {
    public Suggestion[] suggestFriends(int n, int[][] edges, int user, int k) {
        List<Set<Integer>> friends = new ArrayList<>(n);
        for (int i = 0; i < n; i++) friends.add(new HashSet<>());
        for (int[] edge : edges) {
            if (edge[0] == edge[1]) continue; // a self-pair befriends nobody; sets drop repeats
            friends.get(edge[0]).add(edge[1]);
            friends.get(edge[1]).add(edge[0]);
        }
        Set<Integer> mine = friends.get(user);
        Map<Integer, Integer> mutualCounts = new HashMap<>();
        for (int friend : mine) {
            for (int candidate : friends.get(friend)) {
                if (candidate == user || mine.contains(candidate)) continue;
                mutualCounts.merge(candidate, 1, Integer::sum);
            }
        }
        List<Suggestion> ranked = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : mutualCounts.entrySet()) {
            ranked.add(new Suggestion(e.getKey(), e.getValue()));
        }
        ranked.sort(Comparator.comparingInt(Suggestion::mutual).reversed());
        return ranked.subList(0, Math.min(k, ranked.size())).toArray(new Suggestion[0]);
    }
}
