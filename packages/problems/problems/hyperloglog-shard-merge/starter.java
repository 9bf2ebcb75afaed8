import java.util.*;

class Solution {
    // record HllEstimate(double estimate, int zeroRegisters, int[] registers) is provided.
    // m = 2^p registers; merge the sketches, add the items with the stated 64-bit hash.
    public HllEstimate mergeAndEstimate(int[][] sketches, long[] items, int p) {
        return new HllEstimate(0.0, 0, new int[0]);
    }
}
