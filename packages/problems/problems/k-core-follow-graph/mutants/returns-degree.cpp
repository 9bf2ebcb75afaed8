// Mutant: returns each account's number of distinct connections instead of its core number
#include <algorithm>
#include <vector>

std::vector<int> core_numbers(int n, const std::vector<std::vector<int>>& edges) {
    // Adjacency in one flat array (CSR); a self-pair connects nobody.
    std::vector<int> raw_start(n + 1, 0);
    for (const auto& e : edges) {
        if (e[0] == e[1]) continue;
        raw_start[e[0] + 1]++;
        raw_start[e[1] + 1]++;
    }
    for (int v = 0; v < n; v++) raw_start[v + 1] += raw_start[v];
    std::vector<int> raw(raw_start[n]);
    std::vector<int> fill(raw_start.begin(), raw_start.end() - 1);
    for (const auto& e : edges) {
        if (e[0] == e[1]) continue;
        raw[fill[e[0]]++] = e[1];
        raw[fill[e[1]]++] = e[0];
    }
    // Drop repeated pairs: stamp[u] == v means u is already listed as v's neighbour.
    std::vector<int> stamp(n, -1);
    std::vector<int> start(n + 1, 0);
    std::vector<int> adjacency;
    adjacency.reserve(raw.size());
    std::vector<int> degree(n, 0);
    for (int v = 0; v < n; v++) {
        start[v] = static_cast<int>(adjacency.size());
        for (int i = raw_start[v]; i < raw_start[v + 1]; i++) {
            const int u = raw[i];
            if (stamp[u] == v) continue;
            stamp[u] = v;
            adjacency.push_back(u);
        }
        degree[v] = static_cast<int>(adjacency.size()) - start[v];
    }
    start[n] = static_cast<int>(adjacency.size());
    return degree;
}
