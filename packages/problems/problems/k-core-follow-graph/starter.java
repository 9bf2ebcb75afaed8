import java.util.*;

class Solution {
    public int[] coreNumbers(int n, int[][] edges) {
        // edges[i] = {a, b}: a and b are connected (pairs may repeat, in either order, and may be {a, a}).
        // Return core[v] for every member v = 0 .. n-1.
        return new int[0];
    }
}
