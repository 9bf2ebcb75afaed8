// Mutant: rounds u * (i + 1) to the nearest integer instead of flooring it
import java.util.*;

class Solution {
    public int[] reservoirSample(int[] stream, int k, double[] randoms) {
        int[] reservoir = new int[Math.min(k, stream.length)];
        for (int i = 0; i < stream.length; i++) {
            if (i < k) {
                reservoir[i] = stream[i];
                continue;
            }
            long j = Math.round(randoms[i - k] * (i + 1)); // uniform slot in 0..i
            if (j < k) reservoir[(int) j] = stream[i];
        }
        return reservoir;
    }
}
