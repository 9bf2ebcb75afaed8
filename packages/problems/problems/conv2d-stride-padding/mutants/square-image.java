// Mutant: assumes a square image and takes the width from the number of rows
import java.util.*;

class Solution {
    // Window starts 0, stride, 2 * stride, ... that still leave room for the whole kernel.
    private static int outputLength(int size, int kernelSize, int stride, int padding) {
        int room = size + 2 * padding - kernelSize;
        return room >= 0 ? room / stride + 1 : 0;
    }

    public double[][] conv2d(double[][] image, double[][] kernel, int stride, int padding) {
        if (image.length == 0) return new double[0][];
        int height = image.length;
        int width = image.length;
        int outHeight = outputLength(height, kernel.length, stride, padding);
        int outWidth = outputLength(width, kernel[0].length, stride, padding);
        if (outHeight == 0 || outWidth == 0) return new double[0][];

        // A zero-filled copy with the image in the middle: the borders are the padding.
        double[][] padded = new double[height + 2 * padding][width + 2 * padding];
        for (int i = 0; i < height; i++) {
            System.arraycopy(image[i], 0, padded[i + padding], padding, Math.min(width, image[i].length));
        }

        double[][] output = new double[outHeight][outWidth];
        for (int r = 0; r < outHeight; r++) {
            int top = r * stride;
            for (int c = 0; c < outWidth; c++) {
                int left = c * stride;
                double total = 0;
                for (int u = 0; u < kernel.length; u++) {
                    double[] windowRow = padded[top + u];
                    for (int v = 0; v < kernel[u].length; v++) {
                        total += kernel[u][v] * windowRow[left + v];
                    }
                }
                output[r][c] = total;
            }
        }
        return output;
    }
}
