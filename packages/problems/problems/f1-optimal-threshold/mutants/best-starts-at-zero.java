// Mutant: starts the best at F1 0 with threshold 0, so with no positives no threshold ever beats it
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
        long bestNum = 0;
        long bestDen = 1;
        long bestTruePos = 0;
        long bestFlagged = 1;
        int i = 0;
        while (i < n) {
            // Every comment with this score is flagged at once, so add the whole group first.
            double threshold = scores[order[i]];
            while (i < n && scores[order[i]] == threshold) {
                truePos += labels[order[i]];
                flagged++;
                i++;
            }
            // F1 = 2TP / (flagged + positives), compared exactly by cross-multiplying longs.
            long num = 2 * truePos;
            long den = flagged + positives;
            // Strictly better only, so an exact tie keeps the earlier, higher threshold.
            if (num * bestDen > bestNum * den) {
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
