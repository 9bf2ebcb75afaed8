// Mutant: computes the average rank with integer division, (i + j) / 2 + 1
import java.util.*;

class Solution {
    public Double rocAuc(double[] scores, int[] labels) {
        int n = scores.length;
        int nPos = 0;
        for (int y : labels) nPos += y;
        int nNeg = n - nPos;
        if (nPos == 0 || nNeg == 0) return null;

        // Sorting primitive arrays (no boxed index array) keeps a million scores fast.
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        double[] positives = new double[nPos];
        for (int i = 0, p = 0; i < n; i++) {
            if (labels[i] == 1) positives[p++] = scores[i];
        }
        Arrays.sort(positives);

        double positiveRankSum = 0.0;
        int p = 0; // positives[p..] are the positives not yet ranked
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && sorted[j + 1] == sorted[i]) j++;
            double midrank = (i + j) / 2 + 1; // ranks are 1-based; a tie group shares its average
            int groupPositives = 0;
            while (p < nPos && positives[p] == sorted[i]) {
                p++;
                groupPositives++;
            }
            positiveRankSum += midrank * groupPositives;
            i = j + 1;
        }

        double u = positiveRankSum - (double) nPos * (nPos + 1) / 2;
        return u / ((double) nPos * nNeg);
    }
}
