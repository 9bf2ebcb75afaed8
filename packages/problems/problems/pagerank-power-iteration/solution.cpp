#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

std::vector<double> pagerank(int n, const std::vector<std::vector<int>>& edges, double damping,
                             double tol, int max_iter) {
    std::vector<std::vector<int>> out(n);
    for (const auto& edge : edges) out[edge[0]].push_back(edge[1]);
    std::vector<int> dangling_nodes;
    for (int u = 0; u < n; ++u) {
        // A repeated edge counts once.
        std::sort(out[u].begin(), out[u].end());
        out[u].erase(std::unique(out[u].begin(), out[u].end()), out[u].end());
        if (out[u].empty()) dangling_nodes.push_back(u);
    }

    std::vector<double> rank(n, 1.0 / n);
    for (int iter = 0; iter < max_iter; ++iter) {
        double dangling = 0;
        for (int u : dangling_nodes) dangling += rank[u];
        std::vector<double> next(n, (1 - damping) / n + damping * dangling / n);
        for (int u = 0; u < n; ++u) {
            if (out[u].empty()) continue;
            const double share = damping * rank[u] / out[u].size();
            for (int v : out[u]) next[v] += share;
        }
        double change = 0;
        for (int v = 0; v < n; ++v) change += std::abs(next[v] - rank[v]);
        rank = std::move(next);
        if (change < tol) break;
    }
    return rank;
}
