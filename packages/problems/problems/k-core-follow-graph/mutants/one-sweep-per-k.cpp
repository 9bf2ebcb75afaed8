// Mutant: for each k removes the accounts below k in one sweep, without re-checking neighbours that drop below k
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
        std::vector<int> drop;
        for (int v = 0; v < n; v++) {
            if (!removed[v] && degree[v] < k) drop.push_back(v);
        }
        for (int v : drop) removed[v] = true;
        for (int v : drop) {
            core[v] = k - 1;
            left--;
            for (int u : neighbours[v]) {
                if (!removed[u]) degree[u]--;
            }
        }
    }
    return core;
}
