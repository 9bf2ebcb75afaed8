import java.util.*;

// Provided by the harness (do not redefine it):
//   record KMeansResult(double[][] centroids, int[] assignments, int iterations) {}

class Solution {
    // Return the centroids, assignments and iterations after clustering from the given centroids.
    public KMeansResult kmeans(double[][] points, double[][] centroids, int maxIter) {
        return new KMeansResult(centroids, new int[0], 0);
    }
}
