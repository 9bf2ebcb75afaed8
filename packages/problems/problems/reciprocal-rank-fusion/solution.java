import java.util.*;

class Solution {
    private static final double EPS = 1e-12;

    /** One id's running fused score and the best (smallest) rank it reached in any list. */
    private static final class Fused {
        final String doc;
        double score;
        int best;

        Fused(String doc, int rank) {
            this.doc = doc;
            this.best = rank;
        }
    }

    public String[] reciprocalRankFusion(String[][] rankings, int c, int m) {
        Map<String, Fused> fused = new HashMap<>();
        for (String[] ranking : rankings) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < ranking.length; i++) {
                String doc = ranking[i];
                // A repeat inside one list is the retriever's noise: only its best position counts.
                if (!seen.add(doc)) continue;
                int rank = i + 1;
                Fused entry = fused.computeIfAbsent(doc, d -> new Fused(d, rank));
                entry.score += 1.0 / (c + rank);
                entry.best = Math.min(entry.best, rank);
            }
        }
        List<Fused> docs = new ArrayList<>(fused.values());
        docs.sort((a, b) -> {
            if (Math.abs(a.score - b.score) > EPS) return a.score > b.score ? -1 : 1;
            if (a.best != b.best) return Integer.compare(a.best, b.best);
            // String.compareTo is code-point order for ASCII ids.
            return a.doc.compareTo(b.doc);
        });
        String[] top = new String[Math.min(m, docs.size())];
        for (int i = 0; i < top.length; i++) top[i] = docs.get(i).doc;
        return top;
    }
}
