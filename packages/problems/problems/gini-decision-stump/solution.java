import java.util.*;

class Solution {
    public Stump bestStump(double[][] features, int[] labels) {
        int n = labels.length;
        int classes = 0;
        for (int y : labels) classes = Math.max(classes, y + 1);
        int[] classSize = new int[classes];
        for (int y : labels) classSize[y]++;
        long totalSq = 0;
        for (long c : classSize) totalSq += c * c;

        Stump best = null;
        for (int feature = 0; feature < features.length; feature++) {
            double[] column = features[feature];
            // Sorting primitive arrays (no boxed index array) keeps 10^5 samples fast: all the
            // values in order, and each class's values in order, walked together.
            double[] sorted = column.clone();
            Arrays.sort(sorted);
            double[][] byClass = new double[classes][];
            for (int c = 0; c < classes; c++) byClass[c] = new double[classSize[c]];
            int[] filled = new int[classes];
            for (int i = 0; i < n; i++) byClass[labels[i]][filled[labels[i]]++] = column[i];
            for (double[] values : byClass) Arrays.sort(values);

            // left[c] samples of class c have moved left so far. Sums of squared class counts on
            // each side are kept up to date; they reach n^2 = 10^10, past an int.
            int[] left = new int[classes];
            long leftSq = 0;
            long rightSq = totalSq;
            int nLeft = 0;
            while (nLeft < n) {
                // The whole run of samples equal to this value moves left: equal values cannot be
                // separated.
                double value = sorted[nLeft];
                while (nLeft < n && sorted[nLeft] == value) nLeft++;
                for (int c = 0; c < classes; c++) {
                    while (left[c] < classSize[c] && byClass[c][left[c]] == value) {
                        leftSq += 2L * left[c] + 1;
                        rightSq -= 2L * (classSize[c] - left[c]) - 1;
                        left[c]++;
                    }
                }
                if (nLeft == n) break; // nothing left on the right: not a split
                double impurity = 1 - ((double) leftSq / nLeft + (double) rightSq / (n - nLeft)) / n;
                // Equal impurities may differ in the last bits; the earlier split keeps a tie.
                if (best == null || impurity < best.impurity() - 1e-12) {
                    best = new Stump(feature, (value + sorted[nLeft]) / 2, impurity);
                }
            }
        }
        return best;
    }
}
