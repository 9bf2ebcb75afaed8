// Mutant: keeps the reservoir in a static field, so it outlives the call
import java.util.*;

class Solution {
    private static final List<Integer> reservoir = new ArrayList<>();

    public int[] reservoirSample(int[] stream, int k, double[] randoms) {
        for (int i = 0; i < stream.length; i++) {
            if (i < k) {
                reservoir.add(stream[i]);
                continue;
            }
            long j = (long) Math.floor(randoms[i - k] * (i + 1)); // uniform slot in 0..i
            if (j < k) reservoir.set((int) j, stream[i]);
        }
        return reservoir.stream().mapToInt(Integer::intValue).toArray();
    }
}
