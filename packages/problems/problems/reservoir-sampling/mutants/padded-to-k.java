// Mutant: allocates k slots up front, so a stream shorter than k comes back padded with zeros
import java.util.*;

class Solution {
    public int[] reservoirSample(int[] stream, int k, double[] randoms) {
        int[] reservoir = new int[k];
        for (int i = 0; i < stream.length; i++) {
            if (i < k) {
                reservoir[i] = stream[i];
                continue;
            }
            long j = (long) Math.floor(randoms[i - k] * (i + 1)); // uniform slot in 0..i
            if (j < k) reservoir[(int) j] = stream[i];
        }
        return reservoir;
    }
}
