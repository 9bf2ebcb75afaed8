import java.util.*;

class Solution {
    // Fit isotonic regression of clicks on score (PAV), then map each query score to a CTR.
    public double[] calibrateCtr(double[] scores, int[] clicks, double[] weights, double[] queryScores) {
        return new double[queryScores.length];
    }
}
