#include <vector>

// Provided by the harness (do not redefine it):
//   struct KMeansResult {
//       std::vector<std::vector<double>> centroids;
//       std::vector<int> assignments;
//       int iterations;
//   };

// Return the centroids, assignments and iterations after clustering from the given centroids.
KMeansResult kmeans(const std::vector<std::vector<double>>& points,
                    const std::vector<std::vector<double>>& centroids, int max_iter) {
    return {centroids, {}, 0};
}
