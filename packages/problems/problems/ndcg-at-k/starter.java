import java.util.*;

class Solution {
    public double ndcgAtK(int[] relevances, int k) {
        // Return NDCG@k of the ranked list `relevances` (exponential gain, log2 discount).
        throw new UnsupportedOperationException("not implemented");
    }
}
