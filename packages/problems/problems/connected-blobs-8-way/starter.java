import java.util.*;

class Solution {
    // record Components(int count, int[] sizes, int[] probeLabels) is provided.
    // grid[r].charAt(c) is '#' (defect) or '.'; probes[i] = {r, c}.
    // 8-connected blobs numbered 1, 2, ... in the row-major order of their first pixel (background 0).
    public Components labelComponents(String[] grid, int[][] probes) {
        return new Components(0, new int[0], new int[0]);
    }
}
