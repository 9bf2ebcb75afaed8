// Mutant: no guard for a flat image: divides by N - c_min = 0
import java.util.*;

class Solution {
    public int[][] equalizeHistogram(int[][] image) {
        int[] counts = new int[256];
        for (int[] row : image) for (int value : row) counts[value]++;
        int total = 0;
        for (int c : counts) total += c;
        int[][] out = new int[image.length][];
        if (total == 0) {
            for (int r = 0; r < image.length; r++) out[r] = image[r].clone();
            return out;
        }
        int darkest = 0;
        while (counts[darkest] == 0) darkest++;
        int cMin = counts[darkest]; // the cdf at the darkest level present
        int span = total - cMin;
        int[] mapping = new int[256];
        int cdf = 0;
        for (int v = 0; v < 256; v++) {
            cdf += counts[v];
            // round((cdf - cMin) * 255 / span), halves up, in exact integers
            mapping[v] = (2 * (cdf - cMin) * 255 + span) / (2 * span);
        }
        for (int r = 0; r < image.length; r++) {
            out[r] = new int[image[r].length];
            for (int c = 0; c < image[r].length; c++) out[r][c] = mapping[image[r][c]];
        }
        return out;
    }
}
