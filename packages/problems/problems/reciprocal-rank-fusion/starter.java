import java.util.*;

class Solution {
    // rankings[j] is one retriever's ids, best first (rank 1). Score each id by the sum of
    // 1 / (c + rank) over the lists it appears in, and return the m best ids.
    public String[] reciprocalRankFusion(String[][] rankings, int c, int m) {
        return new String[0];
    }
}
