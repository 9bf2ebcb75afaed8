// Mutant: uses the label itself as the gain instead of 2^label - 1
import java.util.*;

class Solution {
    public double[] lambdarankLambdas(double[] scores, int[] labels, int k, double sigma) {
        int n = scores.length;
        // Current ranking: higher score first, equal scores by lower index.
        Integer[] order = new Integer[n];
        for (int d = 0; d < n; d++) order[d] = d;
        Arrays.sort(order, (a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a]) : Integer.compare(a, b));
        // Each document's NDCG discount at its current position; zero past the cutoff.
        double[] discount = new double[n];
        int cut = Math.min(k, n);
        for (int rank = 0; rank < cut; rank++) discount[order[rank]] = 1.0 / log2(rank + 2);
        double[] gains = new double[n];
        for (int d = 0; d < n; d++) gains[d] = labels[d];
        double[] ideal = gains.clone();
        Arrays.sort(ideal);
        double idcg = 0;
        for (int rank = 0; rank < cut; rank++) idcg += ideal[n - 1 - rank] / log2(rank + 2);
        double[] lambdas = new double[n];
        if (idcg == 0) return lambdas; // every label is 0: no pair has different labels
        // Swapping two documents changes only their two terms of DCG@k, so
        // |delta NDCG| = |gain_i - gain_j| * |discount_i - discount_j| / IDCG, O(1) per pair.
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (labels[a] == labels[b]) continue;
                int hi = labels[a] > labels[b] ? a : b;
                int lo = hi == a ? b : a;
                double delta = (gains[hi] - gains[lo]) * Math.abs(discount[hi] - discount[lo]) / idcg;
                double weight = sigma * delta / (1 + Math.exp(sigma * (scores[hi] - scores[lo])));
                lambdas[hi] += weight;
                lambdas[lo] -= weight;
            }
        }
        return lambdas;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
