#include <vector>

// Return the PageRank of nodes 0..n-1 by power iteration (dangling mass spread uniformly).
std::vector<double> pagerank(int n, const std::vector<std::vector<int>>& edges, double damping,
                             double tol, int max_iter) {
    return std::vector<double>(n, 0.0);
}
