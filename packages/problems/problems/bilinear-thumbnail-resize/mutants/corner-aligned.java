// Mutant: maps corners to corners, s = i * (n - 1) / (m - 1) (align_corners = true)
import java.util.*;

class Solution {
    private static double coord(int i, int outSize, int inSize) {
        return outSize == 1 ? 0.0 : (double) i * (inSize - 1) / (outSize - 1);
    }

    private static double[] tap(int i, int outSize, int inSize) {
        double s = coord(i, outSize, inSize);
        s = Math.min(Math.max(s, 0.0), inSize - 1.0);
        double low = Math.floor(s);
        return new double[] {low, Math.min(low + 1, inSize - 1), s - low};
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
                result[y][x] = (int) Math.floor(value + 0.5 + 1e-9);
            }
        }
        return result;
    }
}
