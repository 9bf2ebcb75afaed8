import java.util.*;

class Solution {
    // Return every {i, j}, i < j, whose signatures agree on at least one band, sorted.
    public int[][] lshCandidatePairs(int[][] vectors, int[][] hyperplanes, int bands) {
        return new int[0][];
    }
}
