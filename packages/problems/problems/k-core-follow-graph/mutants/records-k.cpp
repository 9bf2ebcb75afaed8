// Mutant: an account removed while peeling to the k-core gets k, one more than its core number k - 1
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
        std::vector<int> stack;
        for (int v = 0; v < n; v++) {
            if (!removed[v] && degree[v] < k) {
                removed[v] = true;
                stack.push_back(v);
            }
        }
        while (!stack.empty()) {
            const int v = stack.back();
            stack.pop_back();
            core[v] = k;
            left--;
            for (int u : neighbours[v]) {
                if (removed[u]) continue;
                if (--degree[u] < k) {
                    removed[u] = true;
                    stack.push_back(u);
                }
            }
        }
    }
    return core;
}
