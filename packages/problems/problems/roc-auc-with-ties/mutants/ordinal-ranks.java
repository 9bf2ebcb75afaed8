// Mutant: gives tied scores consecutive ranks instead of their average rank
import java.util.*;

class Solution {
    public Double rocAuc(double[] scores, int[] labels) {
        int n = scores.length;
        long nPos = 0;
        for (int y : labels) nPos += y;
        long nNeg = n - nPos;
        if (nPos == 0 || nNeg == 0) return null;

        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));

        double positiveRankSum = 0.0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) j++;
            double midrank = (i + j) / 2.0 + 1; // ranks are 1-based; a tie group shares its average
            for (int t = i; t <= j; t++) positiveRankSum += (t + 1) * labels[order[t]];
            i = j + 1;
        }

        double u = positiveRankSum - nPos * (nPos + 1) / 2.0;
        return u / ((double) nPos * nNeg);
    }
}
