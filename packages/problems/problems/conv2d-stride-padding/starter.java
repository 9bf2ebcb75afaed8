import java.util.*;

class Solution {
    public double[][] conv2d(double[][] image, double[][] kernel, int stride, int padding) {
        // Return the cross-correlation of the zero-padded image with the kernel, at the given
        // stride.
        return new double[0][];
    }
}
