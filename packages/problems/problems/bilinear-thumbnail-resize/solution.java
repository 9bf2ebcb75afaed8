import java.util.*;

class Solution {
    // For output index i: the two source indices and the upper one's weight as a numerator over
    // 2 * outSize, from s(i) = ((2i + 1) * inSize - outSize) / (2 * outSize) clamped to [0, n - 1].
    private static int[][] taps(int outSize, int inSize) {
        int denominator = 2 * outSize;
        int[][] result = new int[outSize][];
        for (int i = 0; i < outSize; i++) {
            int numerator = (2 * i + 1) * inSize - outSize;
            if (numerator <= 0) {
                result[i] = new int[] {0, 0, 0};
                continue;
            }
            int low = numerator / denominator;
            if (low >= inSize - 1) {
                result[i] = new int[] {inSize - 1, inSize - 1, 0};
            } else {
                result[i] = new int[] {low, low + 1, numerator % denominator};
            }
        }
        return result;
    }

    public int[][] resizeBilinear(int[][] image, int outH, int outW) {
        int[][] rows = taps(outH, image.length);
        int[][] cols = taps(outW, image[0].length);
        long dy = 2L * outH;
        long dx = 2L * outW;
        long scale = dy * dx;
        int[][] result = new int[outH][outW];
        for (int y = 0; y < outH; y++) {
            int[] top = image[rows[y][0]];
            int[] bottom = image[rows[y][1]];
            long fy = rows[y][2];
            for (int x = 0; x < outW; x++) {
                int x0 = cols[x][0];
                int x1 = cols[x][1];
                long fx = cols[x][2];
                long upper = (dx - fx) * top[x0] + fx * top[x1];
                long lower = (dx - fx) * bottom[x0] + fx * bottom[x1];
                long total = (dy - fy) * upper + fy * lower;
                // Round total / scale half up, in integers (total >= 0).
                result[y][x] = (int) ((2 * total + scale) / (2 * scale));
            }
        }
        return result;
    }
}
