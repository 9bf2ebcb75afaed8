// Mutant: recounts the flagged comments from scratch for every candidate threshold: right answers, O(n^2) time
import java.util.*;

class Solution {
    public ThresholdChoice bestF1Threshold(double[] scores, int[] labels) {
        int n = scores.length;
        double[] candidates = Arrays.stream(scores).distinct().sorted().toArray();
        long positives = 0;
        for (int label : labels) positives += label;
        ThresholdChoice best = null;
        long bestNum = -1;
        long bestDen = 1;
        for (int c = candidates.length - 1; c >= 0; c--) {
            double threshold = candidates[c];
            long flagged = 0;
            long truePos = 0;
            for (int i = 0; i < n; i++) {
                if (scores[i] >= threshold) {
                    flagged++;
                    truePos += labels[i];
                }
            }
            long num = 2 * truePos;
            long den = flagged + positives;
            if (best == null || num * bestDen > bestNum * den) {
                bestNum = num;
                bestDen = den;
                double recall = positives > 0 ? (double) truePos / positives : 0.0;
                best = new ThresholdChoice(threshold, (double) num / den, (double) truePos / flagged, recall);
            }
        }
        return best;
    }
}
