// Mutant: looks every distinct id up again in every list, O(U * T); right answers, too slow on the largest test
import java.util.*;

class Solution {
    private static final double EPS = 1e-12;

    public String[] reciprocalRankFusion(String[][] rankings, int c, int m) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String[] ranking : rankings) distinct.addAll(Arrays.asList(ranking));
        Map<String, Double> score = new HashMap<>();
        Map<String, Integer> best = new HashMap<>();
        for (String doc : distinct) {
            double total = 0.0;
            int top = Integer.MAX_VALUE;
            for (String[] ranking : rankings) {
                for (int i = 0; i < ranking.length; i++) {
                    if (ranking[i].equals(doc)) {
                        total += 1.0 / (c + i + 1);
                        top = Math.min(top, i + 1);
                        break;
                    }
                }
            }
            score.put(doc, total);
            best.put(doc, top);
        }
        List<String> docs = new ArrayList<>(distinct);
        docs.sort((a, b) -> {
            double sa = score.get(a), sb = score.get(b);
            if (Math.abs(sa - sb) > EPS) return sa > sb ? -1 : 1;
            int byRank = Integer.compare(best.get(a), best.get(b));
            return byRank != 0 ? byRank : a.compareTo(b);
        });
        return docs.subList(0, Math.min(m, docs.size())).toArray(new String[0]);
    }
}
