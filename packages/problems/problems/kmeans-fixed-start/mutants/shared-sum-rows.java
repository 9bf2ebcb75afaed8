// Mutant: fills the sums with one shared row, Arrays.fill(sums, new double[dim]), so every centroid adds into it
import java.util.*;

class Solution {
    public KMeansResult kmeans(double[][] points, double[][] centroids, int maxIter) {
        double[][] current = new double[centroids.length][];
        for (int j = 0; j < centroids.length; j++) current[j] = centroids[j].clone();
        int[] assignments = new int[0];
        int iterations = 0;
        if (points.length == 0) return new KMeansResult(current, assignments, iterations);

        while (iterations < maxIter) {
            int[] nearest = new int[points.length];
            for (int i = 0; i < points.length; i++) nearest[i] = nearest(points[i], current);
            // The first pass always counts as a change, even if every point picks centroid 0.
            if (iterations > 0 && Arrays.equals(nearest, assignments)) break;
            assignments = nearest;
            current = means(points, assignments, current);
            iterations++;
        }
        return new KMeansResult(current, assignments, iterations);
    }

    private static int nearest(double[] point, double[][] centroids) {
        int best = 0;
        double bestDist = Double.POSITIVE_INFINITY;
        for (int j = 0; j < centroids.length; j++) {
            double dist = 0;
            for (int t = 0; t < point.length; t++) {
                double diff = point[t] - centroids[j][t];
                dist += diff * diff;
            }
            if (dist < bestDist) { // strict, so a tie stays with the lower index
                best = j;
                bestDist = dist;
            }
        }
        return best;
    }

    private static double[][] means(double[][] points, int[] assignments, double[][] previous) {
        int k = previous.length;
        int dim = previous[0].length;
        double[][] sums = new double[k][];
        Arrays.fill(sums, new double[dim]);
        int[] sizes = new int[k];
        for (int i = 0; i < points.length; i++) {
            int j = assignments[i];
            sizes[j]++;
            for (int t = 0; t < dim; t++) sums[j][t] += points[i][t];
        }
        for (int j = 0; j < k; j++) {
            if (sizes[j] == 0) {
                // A centroid that lost every point stays where the last update left it.
                sums[j] = previous[j].clone();
            } else {
                for (int t = 0; t < dim; t++) sums[j][t] /= sizes[j];
            }
        }
        return sums;
    }
}
