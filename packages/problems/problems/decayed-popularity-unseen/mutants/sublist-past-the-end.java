// Mutant: cuts the list at k without checking its size, which throws when k exceeds the candidates
import java.util.*;

class Solution {
    public Recommendation[] recommendPopular(Event[] events, int user, int now, double halfLife, int k) {
        Map<Integer, Double> popularity = new HashMap<>();
        Set<Integer> seen = new HashSet<>();
        for (Event e : events) {
            // An event loses half its weight every halfLife seconds.
            popularity.merge(e.item(), Math.pow(0.5, (now - (double) e.t()) / halfLife), Double::sum);
            if (e.user() == user) seen.add(e.item());
        }
        List<Recommendation> ranked = new ArrayList<>();
        for (Map.Entry<Integer, Double> entry : popularity.entrySet()) {
            if (!seen.contains(entry.getKey())) ranked.add(new Recommendation(entry.getKey(), entry.getValue()));
        }
        ranked.sort(Comparator.comparingDouble(Recommendation::score).reversed()
                .thenComparingInt(Recommendation::item));
        return ranked.subList(0, k).toArray(new Recommendation[0]);
    }
}
