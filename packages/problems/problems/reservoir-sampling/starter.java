import java.util.*;

class Solution {
    public int[] reservoirSample(int[] stream, int k, double[] randoms) {
        // Return the k-slot reservoir after Algorithm R, drawing from `randoms` in order.
        return new int[0];
    }
}
