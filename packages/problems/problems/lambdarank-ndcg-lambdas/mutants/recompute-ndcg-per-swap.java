// Mutant: swaps each pair in the ranking and recomputes NDCG@k from scratch, O(n^2 * k); right answers, too slow for the 3000-document query
import java.util.*;

class Solution {
    public double[] lambdarankLambdas(double[] scores, int[] labels, int k, double sigma) {
        int n = scores.length;
        Integer[] boxed = new Integer[n];
        for (int d = 0; d < n; d++) boxed[d] = d;
        Arrays.sort(boxed, (a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a]) : Integer.compare(a, b));
        int[] order = new int[n];
        int[] position = new int[n];
        for (int r = 0; r < n; r++) {
            order[r] = boxed[r];
            position[boxed[r]] = r;
        }
        double[] gains = new double[n];
        for (int d = 0; d < n; d++) gains[d] = Math.pow(2, labels[d]) - 1;
        double[] ideal = gains.clone();
        Arrays.sort(ideal);
        double idcg = 0;
        for (int r = 0; r < Math.min(k, n); r++) idcg += ideal[n - 1 - r] / (Math.log(r + 2) / Math.log(2));
        double[] lambdas = new double[n];
        if (idcg == 0) return lambdas;
        double base = dcg(order, gains, k) / idcg;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (labels[i] <= labels[j]) continue;
                order[position[i]] = j;
                order[position[j]] = i;
                double delta = Math.abs(dcg(order, gains, k) / idcg - base);
                order[position[i]] = i;
                order[position[j]] = j;
                double weight = sigma * delta / (1 + Math.exp(sigma * (scores[i] - scores[j])));
                lambdas[i] += weight;
                lambdas[j] -= weight;
            }
        }
        return lambdas;
    }

    private static double dcg(int[] order, double[] gains, int k) {
        double total = 0;
        for (int r = 0; r < Math.min(k, order.length); r++) total += gains[order[r]] / (Math.log(r + 2) / Math.log(2));
        return total;
    }
}
