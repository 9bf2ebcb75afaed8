// Mutant: breaks equal scores with compareToIgnoreCase instead of code-point order
import java.util.*;

class Solution {
    public Recommendation[] recommendItems(Interaction[] interactions, String user, int n) {
        Map<String, Map<String, Double>> byItem = new HashMap<>();
        Map<String, Map<String, Double>> byUser = new HashMap<>();
        for (Interaction row : interactions) {
            // Repeated (user, item) rows add up.
            byItem.computeIfAbsent(row.item(), k -> new HashMap<>())
                    .merge(row.user(), row.weight(), Double::sum);
            byUser.computeIfAbsent(row.user(), k -> new HashMap<>())
                    .merge(row.item(), row.weight(), Double::sum);
        }
        Map<String, Double> seen = byUser.get(user);
        if (seen == null || n <= 0) return new Recommendation[0];

        Map<String, Double> norms = new HashMap<>();
        Map<String, Double> scores = new HashMap<>();
        for (Map.Entry<String, Double> seenItem : seen.entrySet()) {
            String i = seenItem.getKey();
            // Dot products of item i with every unseen item that shares a user with it.
            Map<String, Double> dots = new HashMap<>();
            for (Map.Entry<String, Double> viewer : byItem.get(i).entrySet()) {
                double wVi = viewer.getValue();
                for (Map.Entry<String, Double> other : byUser.get(viewer.getKey()).entrySet()) {
                    if (!seen.containsKey(other.getKey())) {
                        dots.merge(other.getKey(), wVi * other.getValue(), Double::sum);
                    }
                }
            }
            double normI = norm(i, byItem, norms);
            for (Map.Entry<String, Double> dot : dots.entrySet()) {
                double sim = dot.getValue() / (normI * norm(dot.getKey(), byItem, norms));
                scores.merge(dot.getKey(), seenItem.getValue() * sim, Double::sum);
            }
        }

        return scores.entrySet().stream()
                .map(e -> new Recommendation(e.getKey(), Math.round(e.getValue() * 1e6) / 1e6))
                .filter(r -> r.score() > 0)
                .sorted(Comparator.comparingDouble(Recommendation::score).reversed()
                        .thenComparing(Recommendation::item, String::compareToIgnoreCase))
                .limit(n)
                .toArray(Recommendation[]::new);
    }

    private static double norm(
            String item, Map<String, Map<String, Double>> byItem, Map<String, Double> norms) {
        return norms.computeIfAbsent(item, k -> {
            double sum = 0;
            for (double w : byItem.get(k).values()) sum += w * w;
            return Math.sqrt(sum);
        });
    }
}
