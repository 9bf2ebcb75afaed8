// Mutant: the idf uses log base 10 instead of the natural log
import java.util.*;

class Solution {
    private static double round6(double x) {
        return Math.round(x * 1e6) / 1e6;
    }

    public ScoredDoc[] bm25TopK(String[][] docs, String[] query, int k, double k1, double b) {
        int nDocs = docs.length;
        if (nDocs == 0 || k <= 0) return new ScoredDoc[0];
        // Inverted index: term -> postings list of {doc index, term frequency}.
        Map<String, List<int[]>> index = new HashMap<>();
        long totalLength = 0;
        for (int d = 0; d < nDocs; d++) {
            Map<String, Integer> tf = new HashMap<>();
            for (String token : docs[d]) tf.merge(token, 1, Integer::sum);
            for (Map.Entry<String, Integer> e : tf.entrySet()) {
                index.computeIfAbsent(e.getKey(), t -> new ArrayList<>())
                        .add(new int[] {d, e.getValue()});
            }
            totalLength += docs[d].length;
        }
        double avgdl = (double) totalLength / nDocs;

        Map<Integer, Double> scores = new HashMap<>();
        for (String term : new LinkedHashSet<>(Arrays.asList(query))) { // each term counts once
            List<int[]> postings = index.get(term);
            if (postings == null) continue;
            int df = postings.size();
            double idf = Math.log10(1 + (nDocs - df + 0.5) / (df + 0.5));
            for (int[] posting : postings) {
                int d = posting[0];
                int tf = posting[1];
                double lengthNorm = k1 * (1 - b + b * docs[d].length / avgdl);
                scores.merge(d, idf * tf * (k1 + 1) / (tf + lengthNorm), Double::sum);
            }
        }

        List<ScoredDoc> ranked = new ArrayList<>();
        for (Map.Entry<Integer, Double> e : scores.entrySet()) {
            ranked.add(new ScoredDoc(e.getKey(), round6(e.getValue())));
        }
        // Rounded score first, so documents equal to 6 decimals tie, then the smaller index.
        ranked.sort(Comparator.comparingDouble(ScoredDoc::score).reversed()
                .thenComparingInt(ScoredDoc::doc));
        return ranked.subList(0, Math.min(k, ranked.size())).toArray(new ScoredDoc[0]);
    }
}
