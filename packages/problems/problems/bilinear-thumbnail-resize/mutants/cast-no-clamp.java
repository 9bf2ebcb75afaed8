// Mutant: takes (int) s for the lower index and never clamps a negative s, so the top-left border extrapolates
import java.util.*;

class Solution {
    private static double coord(int i, int outSize, int inSize) {
        return (i + 0.5) * inSize / outSize - 0.5;
    }

    private static double[] tap(int i, int outSize, int inSize) {
        double s = coord(i, outSize, inSize);
        int low = Math.min((int) s, inSize - 1);
        double f = low < inSize - 1 ? s - low : 0.0;
        return new double[] {low, Math.min(low + 1, inSize - 1), f};
    }

    public int[][] resizeBilinear(int[][] image, int outH, int outW) {
        int[][] result = new int[outH][outW];
        for (int y = 0; y < outH; y++) {
            double[] r = tap(y, outH, image.length);
            int y0 = (int) r[0], y1 = (int) r[1];
            double fy = r[2];
            for (int x = 0; x < outW; x++) {
                double[] c = tap(x, outW, image[0].length);
                int x0 = (int) c[0], x1 = (int) c[1];
                double fx = c[2];
                double upper = (1 - fx) * image[y0][x0] + fx * image[y0][x1];
                double lower = (1 - fx) * image[y1][x0] + fx * image[y1][x1];
                double value = (1 - fy) * upper + fy * lower;
                result[y][x] = Math.min(255, Math.max(0, (int) Math.floor(value + 0.5 + 1e-9)));
            }
        }
        return result;
    }
}
