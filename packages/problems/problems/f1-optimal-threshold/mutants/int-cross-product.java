// Mutant: keeps the counts in 32-bit ints, so the cross-multiplied F1 comparison overflows on large inputs
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
        int bestNum = -1;
        int bestDen = 1;
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
            int num = (int) (2 * truePos);
            int den = (int) (flagged + positives);
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
