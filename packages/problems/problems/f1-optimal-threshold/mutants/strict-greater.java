// Mutant: flags only scores strictly above the threshold: counts the group at t as unflagged
import java.util.*;

class Solution {
    public ThresholdChoice bestF1Threshold(double[] scores, int[] labels) {
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        long positives = 0;
        for (int label : labels) positives += label;
        long flagged = 0;
        long truePos = 0;
        double bestThreshold = 0;
        long bestNum = -1;
        long bestDen = 1;
        long bestTruePos = 0;
        long bestFlagged = 0;
        int i = 0;
        while (i < n) {
            double threshold = scores[order[i]];
            int stop = i;
            while (stop < n && scores[order[stop]] == threshold) stop++;
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
            while (i < stop) {
                truePos += labels[order[i]];
                flagged++;
                i++;
            }
        }
        double recall = positives > 0 ? (double) bestTruePos / positives : 0.0;
        return new ThresholdChoice(
                bestThreshold, (double) bestNum / bestDen, bestFlagged > 0 ? (double) bestTruePos / bestFlagged : 0.0, recall);
    }
}
