// Mutant: sorts ascending by (similarity, index) and reverses, so ties come larger index first
import java.util.*;

class Solution {
    private static double norm(double[] v) {
        double sum = 0;
        for (double x : v) sum += x * x;
        return Math.sqrt(sum);
    }

    public ScoredDoc[] cosineTopK(double[] query, double[][] docs, int k) {
        double qNorm = norm(query);
        List<ScoredDoc> scored = new ArrayList<>(docs.length);
        for (int idx = 0; idx < docs.length; idx++) {
            double dNorm = norm(docs[idx]);
            double sim = 0.0; // cosine is undefined for a zero vector; we define it as 0
            if (qNorm > 0 && dNorm > 0) {
                double dot = 0;
                for (int i = 0; i < query.length; i++) dot += query[i] * docs[idx][i];
                sim = dot / (qNorm * dNorm);
            }
            scored.add(new ScoredDoc(idx, Math.round(sim * 1e6) / 1e6));
        }
        // Highest rounded similarity first, smaller index first on ties.
        scored.sort(Comparator.comparingDouble(ScoredDoc::similarity)
                .thenComparingInt(ScoredDoc::doc));
        Collections.reverse(scored);
        return scored.subList(0, Math.min(Math.max(k, 0), scored.size()))
                .toArray(new ScoredDoc[0]);
    }
}
