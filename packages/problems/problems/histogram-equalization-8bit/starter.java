import java.util.*;

class Solution {
    public int[][] equalizeHistogram(int[][] image) {
        // Return the equalised image, same shape as image.
        return new int[0][];
    }
}
