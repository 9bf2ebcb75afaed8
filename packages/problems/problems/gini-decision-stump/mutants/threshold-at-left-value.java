// Mutant: puts the threshold on the last value that goes left instead of the midpoint
import java.util.*;

class Solution {
    public Stump bestStump(double[][] features, int[] labels) {
        int n = labels.length;
        int classes = 0;
        for (int y : labels) classes = Math.max(classes, y + 1);
        Stump best = null;
        for (int feature = 0; feature < features.length; feature++) {
            double[] column = features[feature];
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) order[i] = i;
            Arrays.sort(order, Comparator.comparingDouble(i -> column[i]));
            long[] left = new long[classes];
            long[] right = new long[classes];
            for (int y : labels) right[y]++;
            // Sums of squared class counts on each side, kept up to date as samples move left.
            // They reach n^2 = 10^10, past an int.
            long leftSq = 0;
            long rightSq = 0;
            for (long c : right) rightSq += c * c;
            for (int pos = 0; pos + 1 < n; pos++) {
                int y = labels[order[pos]];
                leftSq += 2 * left[y] + 1;
                rightSq -= 2 * right[y] - 1;
                left[y]++;
                right[y]--;
                double here = column[order[pos]];
                double after = column[order[pos + 1]];
                if (here == after) continue; // equal values cannot be separated
                int nLeft = pos + 1;
                double impurity = 1 - ((double) leftSq / nLeft + (double) rightSq / (n - nLeft)) / n;
                // Equal impurities may differ in the last bits; the earlier split keeps a tie.
                if (best == null || impurity < best.impurity() - 1e-12) {
                    best = new Stump(feature, here, impurity);
                }
            }
        }
        return best;
    }
}
