// Mutant: keeps a self-pair [a, a], so an account linked only to itself gets core number 1
#include <algorithm>
#include <vector>

std::vector<int> core_numbers(int n, const std::vector<std::vector<int>>& edges) {
    // Adjacency in one flat array (CSR).
    std::vector<int> raw_start(n + 1, 0);
    for (const auto& e : edges) {
        raw_start[e[0] + 1]++;
        raw_start[e[1] + 1]++;
    }
    for (int v = 0; v < n; v++) raw_start[v + 1] += raw_start[v];
    std::vector<int> raw(raw_start[n]);
    std::vector<int> fill(raw_start.begin(), raw_start.end() - 1);
    for (const auto& e : edges) {
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
    const int max_degree = n > 0 ? *std::max_element(degree.begin(), degree.end()) : 0;

    // Counting sort by degree: order[pos[v]] == v, bucket_start[d] is the first slot of degree d.
    std::vector<int> bucket_start(max_degree + 2, 0);
    for (int d : degree) bucket_start[d + 1]++;
    for (int d = 0; d <= max_degree; d++) bucket_start[d + 1] += bucket_start[d];
    std::vector<int> order(n), pos(n);
    std::vector<int> next_slot(bucket_start.begin(), bucket_start.end());
    for (int v = 0; v < n; v++) {
        pos[v] = next_slot[degree[v]]++;
        order[pos[v]] = v;
    }

    // Take members in order of current degree; that degree is the member's core number.
    for (int i = 0; i < n; i++) {
        const int v = order[i];
        const int dv = degree[v];
        for (int j = start[v]; j < start[v + 1]; j++) {
            const int u = adjacency[j];
            const int du = degree[u];
            if (du <= dv) continue;  // already taken, or cannot drop below v's core
            // Swap u to the front of its bucket, then shrink the bucket: u moves to du - 1.
            const int first = bucket_start[du];
            const int w = order[first];
            if (w != u) {
                const int pu = pos[u];
                order[first] = u;
                order[pu] = w;
                pos[u] = first;
                pos[w] = pu;
            }
            bucket_start[du]++;
            degree[u] = du - 1;
        }
    }
    return degree;
}
