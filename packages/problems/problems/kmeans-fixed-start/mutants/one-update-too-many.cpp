// Mutant: lets the loop run while iterations <= max_iter, one update past the limit
#include <cstddef>
#include <limits>
#include <vector>

namespace {
using Point = std::vector<double>;

int nearest(const Point& point, const std::vector<Point>& centroids) {
    int best = 0;
    double best_dist = std::numeric_limits<double>::infinity();
    for (std::size_t j = 0; j < centroids.size(); ++j) {
        double dist = 0;
        for (std::size_t t = 0; t < point.size(); ++t) {
            const double diff = point[t] - centroids[j][t];
            dist += diff * diff;
        }
        if (dist < best_dist) {  // strict, so a tie stays with the lower index
            best = static_cast<int>(j);
            best_dist = dist;
        }
    }
    return best;
}

std::vector<Point> means(const std::vector<Point>& points, const std::vector<int>& assignments,
                         const std::vector<Point>& previous) {
    const std::size_t dim = previous[0].size();
    std::vector<Point> sums(previous.size(), Point(dim, 0.0));
    std::vector<int> sizes(previous.size(), 0);
    for (std::size_t i = 0; i < points.size(); ++i) {
        const int j = assignments[i];
        ++sizes[j];
        for (std::size_t t = 0; t < dim; ++t) sums[j][t] += points[i][t];
    }
    for (std::size_t j = 0; j < sums.size(); ++j) {
        if (sizes[j] == 0) {
            sums[j] = previous[j];  // a centroid that lost every point stays where it was
        } else {
            for (double& s : sums[j]) s /= sizes[j];
        }
    }
    return sums;
}
}  // namespace

KMeansResult kmeans(const std::vector<Point>& points, const std::vector<Point>& centroids,
                    int max_iter) {
    std::vector<Point> current = centroids;
    std::vector<int> assignments;
    int iterations = 0;
    if (points.empty()) return {current, assignments, iterations};

    std::vector<int> nearest_now(points.size());
    while (iterations <= max_iter) {
        for (std::size_t i = 0; i < points.size(); ++i) nearest_now[i] = nearest(points[i], current);
        // The first pass always counts as a change, even if every point picks centroid 0.
        if (iterations > 0 && nearest_now == assignments) break;
        assignments = nearest_now;
        current = means(points, assignments, current);
        ++iterations;
    }
    return {current, assignments, iterations};
}
