import java.util.*;

class Solution {
    public double[] calibrateCtr(double[] scores, int[] clicks, double[] weights, double[] queryScores) {
        // Equal scores must get one value, so pool them first: weighted clicks and weight per score,
        // kept in score order.
        TreeMap<Double, double[]> pooled = new TreeMap<>();
        for (int i = 0; i < scores.length; i++) {
            double[] acc = pooled.computeIfAbsent(scores[i], s -> new double[2]);
            acc[0] += weights[i] * clicks[i];
            acc[1] += weights[i];
        }
        int m = pooled.size();
        double[] xs = new double[m];

        // Pool adjacent violators: a stack of blocks, each with its weighted clicks, weight and
        // the number of distinct scores it covers.
        double[] clicked = new double[m];
        double[] weight = new double[m];
        int[] covered = new int[m];
        int top = 0;
        int j = 0;
        for (Map.Entry<Double, double[]> e : pooled.entrySet()) {
            xs[j++] = e.getKey();
            clicked[top] = e.getValue()[0];
            weight[top] = e.getValue()[1];
            covered[top] = 1;
            top++;
            while (top > 1 && clicked[top - 2] / weight[top - 2] > clicked[top - 1] / weight[top - 1]) {
                clicked[top - 2] += clicked[top - 1];
                weight[top - 2] += weight[top - 1];
                covered[top - 2] += covered[top - 1];
                top--;
            }
        }
        double[] fitted = new double[m];
        j = 0;
        for (int b = 0; b < top; b++) {
            for (int c = 0; c < covered[b]; c++) fitted[j++] = clicked[b] / weight[b];
        }

        double[] result = new double[queryScores.length];
        for (int q = 0; q < queryScores.length; q++) result[q] = predict(xs, fitted, queryScores[q]);
        return result;
    }

    private static double predict(double[] xs, double[] fitted, double x) {
        int last = xs.length - 1;
        if (x <= xs[0]) return fitted[0];
        if (x >= xs[last]) return fitted[last];
        int found = Arrays.binarySearch(xs, x);
        if (found >= 0) return fitted[found];
        int hi = -found - 1; // xs[hi - 1] < x < xs[hi]
        int lo = hi - 1;
        double t = (x - xs[lo]) / (xs[hi] - xs[lo]);
        return fitted[lo] + t * (fitted[hi] - fitted[lo]);
    }
}
