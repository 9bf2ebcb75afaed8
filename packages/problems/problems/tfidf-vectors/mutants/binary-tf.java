// Mutant: counts each term once per document, ignoring repeats
import java.util.*;

class Solution {
    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Term counts of one document; a TreeMap keeps its terms in code-point order. */
    private static SortedMap<String, Integer> termCounts(String doc) {
        SortedMap<String, Integer> counts = new TreeMap<>();
        int i = 0;
        while (i < doc.length()) {
            if (!isTokenChar(doc.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < doc.length() && isTokenChar(doc.charAt(i))) i++;
            counts.merge(doc.substring(start, i).toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return counts;
    }

    public TermWeight[][] tfidfVectors(String[] docs) {
        List<SortedMap<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (String doc : docs) {
            SortedMap<String, Integer> c = termCounts(doc);
            counts.add(c);
            for (String term : c.keySet()) df.merge(term, 1, Integer::sum);
        }
        int n = docs.length;

        TermWeight[][] vectors = new TermWeight[n][];
        for (int d = 0; d < n; d++) {
            List<TermWeight> raw = new ArrayList<>();
            double squares = 0;
            for (Map.Entry<String, Integer> e : counts.get(d).entrySet()) {
                double idf = Math.log((1.0 + n) / (1.0 + df.get(e.getKey()))) + 1;
                double weight = idf;
                raw.add(new TermWeight(e.getKey(), weight));
                squares += weight * weight;
            }
            double norm = Math.sqrt(squares);
            vectors[d] = raw.stream()
                    .map(tw -> new TermWeight(tw.term(), tw.weight() / norm))
                    .toArray(TermWeight[]::new);
        }
        return vectors;
    }
}
