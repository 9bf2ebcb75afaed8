// Mutant: teleports to every node uniformly, as in global PageRank, instead of back to the user
import java.util.*;

class Solution {
    public ItemScore[] recommendItems(String[][] userBoards, String[][] boardItems,
            String[][] userItems, String user, double alpha, int iterations, int n) {
        // Keys carry a one-letter kind prefix so a user, a board and an item may share an id.
        Map<String, Set<String>> adj = new LinkedHashMap<>();
        for (String[] e : userBoards) link(adj, "u:" + e[0], "b:" + e[1]);
        for (String[] e : boardItems) link(adj, "b:" + e[0], "i:" + e[1]);
        for (String[] e : userItems) link(adj, "u:" + e[0], "i:" + e[1]);

        String source = "u:" + user;
        if (!adj.containsKey(source)) return new ItemScore[0];

        List<String> nodes = new ArrayList<>(adj.keySet());
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < nodes.size(); k++) index.put(nodes.get(k), k);
        int[][] neighbours = new int[nodes.size()][];
        for (int v = 0; v < nodes.size(); v++) {
            neighbours[v] = adj.get(nodes.get(v)).stream().mapToInt(index::get).toArray();
        }
        int s = index.get(source);

        double[] rank = new double[nodes.size()];
        rank[s] = 1.0;
        for (int t = 0; t < iterations; t++) {
            double[] next = new double[nodes.size()];
            Arrays.fill(next, alpha / nodes.size());
            for (int v = 0; v < nodes.size(); v++) {
                if (rank[v] == 0.0) continue;
                double share = (1 - alpha) * rank[v] / neighbours[v].length;
                for (int w : neighbours[v]) next[w] += share;
            }
            rank = next;
        }

        Set<String> seen = new HashSet<>();
        for (String[] e : userItems) {
            if (e[0].equals(user)) seen.add(e[1]);
        }
        List<ItemScore> candidates = new ArrayList<>();
        for (int v = 0; v < nodes.size(); v++) {
            String node = nodes.get(v);
            if (!node.startsWith("i:")) continue;
            String item = node.substring(2);
            if (seen.contains(item)) continue;
            double score = Math.round(rank[v] * 1e9) / 1e9;
            if (score > 0) candidates.add(new ItemScore(item, score));
        }
        candidates.sort(Comparator.comparingDouble(ItemScore::score).reversed()
                .thenComparing(ItemScore::item));
        return candidates.subList(0, Math.min(n, candidates.size())).toArray(new ItemScore[0]);
    }

    private static void link(Map<String, Set<String>> adj, String a, String b) {
        // Sets, so an edge listed more than once counts once.
        adj.computeIfAbsent(a, key -> new HashSet<>()).add(b);
        adj.computeIfAbsent(b, key -> new HashSet<>()).add(a);
    }
}
