// Mutant: finds the next account to remove by scanning every account for the smallest degree; right answers, O(n^2)
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
    int level = 0;
    for (int step = 0; step < n; step++) {
        int best = -1;
        for (int v = 0; v < n; v++) {
            if (!removed[v] && (best < 0 || degree[v] < degree[best])) best = v;
        }
        removed[best] = true;
        if (degree[best] > level) level = degree[best];
        core[best] = level;
        for (int u : neighbours[best]) {
            if (!removed[u]) degree[u]--;
        }
    }
    return core;
}
