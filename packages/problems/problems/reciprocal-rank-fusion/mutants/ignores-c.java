// Mutant: scores 1 / rank and never uses c
import java.util.*;

class Solution {
    private static final double EPS = 1e-12;

    public String[] reciprocalRankFusion(String[][] rankings, int c, int m) {
        Map<String, Double> score = new HashMap<>();
        Map<String, Integer> best = new HashMap<>();
        for (String[] ranking : rankings) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < ranking.length; i++) {
                String doc = ranking[i];
                // A repeat inside one list is the retriever's noise: only its best position counts.
                if (!seen.add(doc)) continue;
                int rank = i + 1;
                score.merge(doc, 1.0 / rank, Double::sum);
                best.merge(doc, rank, Math::min);
            }
        }
        List<String> docs = new ArrayList<>(score.keySet());
        docs.sort((a, b) -> {
            double sa = score.get(a), sb = score.get(b);
            if (Math.abs(sa - sb) > EPS) return sa > sb ? -1 : 1;
            int byRank = Integer.compare(best.get(a), best.get(b));
            // String.compareTo is code-point order for ASCII ids.
            return byRank != 0 ? byRank : a.compareTo(b);
        });
        return docs.subList(0, Math.min(m, docs.size())).toArray(new String[0]);
    }
}
