import java.util.*;

class Solution {
    public ThresholdChoice bestF1Threshold(double[] scores, int[] labels) {
        int n = scores.length;
        // Two primitive sorts (all scores, and the positives' scores) avoid boxing an index array.
        double[] all = scores.clone();
        Arrays.sort(all);
        int positives = 0;
        for (int label : labels) positives += label;
        double[] positiveScores = new double[positives];
        for (int i = 0, j = 0; i < n; i++) {
            if (labels[i] == 1) positiveScores[j++] = scores[i];
        }
        Arrays.sort(positiveScores);
        long truePos = 0;
        int nextPositive = positives - 1;
        double bestThreshold = 0;
        long bestNum = -1;
        long bestDen = 1;
        long bestTruePos = 0;
        long bestFlagged = 1;
        int i = n - 1;
        while (i >= 0) {
            // Every comment with this score is flagged at once, so take the whole group first.
            double threshold = all[i];
            while (i >= 0 && all[i] == threshold) i--;
            long flagged = n - 1 - i;
            while (nextPositive >= 0 && positiveScores[nextPositive] >= threshold) {
                truePos++;
                nextPositive--;
            }
            // F1 = 2TP / (flagged + positives), compared exactly by cross-multiplying longs.
            long num = 2 * truePos;
            long den = flagged + positives;
            // Strictly better only, so an exact tie keeps the earlier, higher threshold.
            if (bestNum < 0 || num * bestDen > bestNum * den) {
                bestThreshold = threshold;
                bestNum = num;
                bestDen = den;
                bestTruePos = truePos;
                bestFlagged = flagged;
            }
        }
        double recall = positives > 0 ? (double) bestTruePos / positives : 0.0;
        return new ThresholdChoice(
                bestThreshold, (double) bestNum / bestDen, (double) bestTruePos / bestFlagged, recall);
    }
}
