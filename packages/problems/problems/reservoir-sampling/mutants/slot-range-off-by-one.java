// Mutant: draws the slot from 0..i-1 (u * i) instead of 0..i
import java.util.*;

class Solution {
    public int[] reservoirSample(int[] stream, int k, double[] randoms) {
        int[] reservoir = new int[Math.min(k, stream.length)];
        for (int i = 0; i < stream.length; i++) {
            if (i < k) {
                reservoir[i] = stream[i];
                continue;
            }
            long j = (long) Math.floor(randoms[i - k] * i); // uniform slot in 0..i
            if (j < k) reservoir[(int) j] = stream[i];
        }
        return reservoir;
    }
}
