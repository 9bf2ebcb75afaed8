// Mutant: for each k sweeps over all accounts, removing those below k, until a sweep removes nobody; right answers, one sweep per link of a long chain
#include <set>
#include <vector>

std::vector<int> core_numbers(int n, const std::vector<std::vector<int>>& edges) {
    std::vector<std::set<int>> neighbours(n);
    for (const auto& e : edges) {
        if (e[0] == e[1]) continue;
        neighbours[e[0]].insert(e[1]);
        neighbours[e[1]].insert(e[0]);
    }
    std::vector<int> degree(n);
    for (int v = 0; v < n; v++) degree[v] = static_cast<int>(neighbours[v].size());
    std::vector<bool> removed(n, false);
    std::vector<int> core(n, 0);
    int left = n;
    for (int k = 1; left > 0; k++) {
        // Everyone still here has at least k - 1 connections among the others left.
        for (int v = 0; v < n; v++) {
            if (!removed[v]) core[v] = k - 1;
        }
        bool changed = true;
        while (changed) {
            changed = false;
            for (int v = 0; v < n; v++) {
                if (removed[v] || degree[v] >= k) continue;
                removed[v] = true;
                left--;
                changed = true;
                for (int u : neighbours[v]) {
                    if (!removed[u]) degree[u]--;
                }
            }
        }
    }
    return core;
}
