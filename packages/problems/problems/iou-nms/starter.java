import java.util.*;

class Solution {
    // boxes[i] = {x1, y1, x2, y2}. Return the indices kept by per-class greedy NMS,
    // highest score first.
    public int[] nonMaxSuppression(double[][] boxes, double[] scores, int[] classes, double iouThreshold) {
        return new int[0];
    }
}
