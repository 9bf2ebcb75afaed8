// Mutant: sums every position, ignoring k
import java.util.*;

class Solution {
    private static double dcg(int[] labels, int k) {
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            sum += (Math.pow(2, labels[i]) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }

    public double ndcgAtK(int[] relevances, int k) {
        int[] ideal = relevances.clone();
        Arrays.sort(ideal);
        for (int i = 0, j = ideal.length - 1; i < j; i++, j--) {
            int t = ideal[i];
            ideal[i] = ideal[j];
            ideal[j] = t;
        }
        double best = dcg(ideal, k);
        return best > 0 ? dcg(relevances, k) / best : 0.0;
    }
}
