// Mutant: lets a member's own current label vote alongside its contacts
#include <utility>
#include <vector>

std::vector<int> propagate_labels(int n, const std::vector<std::vector<int>>& edges, int max_rounds) {
    std::vector<std::vector<int>> neighbors(n);
    for (const auto& e : edges) {
        if (e[0] == e[1]) continue;  // a self-pair is not a neighbour; repeats vote once per listing
        neighbors[e[0]].push_back(e[1]);
        neighbors[e[1]].push_back(e[0]);
    }
    std::vector<int> labels(n);
    for (int v = 0; v < n; ++v) labels[v] = v;
    std::vector<int> votes(n, 0);  // reused tally, cleared after each member
    for (int round = 0; round < max_rounds; ++round) {
        // every member reads the labels of the previous round, never this round's
        std::vector<int> next = labels;
        bool changed = false;
        for (int v = 0; v < n; ++v) {
            if (neighbors[v].empty()) continue;
            ++votes[labels[v]];
            int best = labels[v];
            for (int u : neighbors[v]) {
                const int label = labels[u];
                ++votes[label];
                if (best < 0 || votes[label] > votes[best] ||
                    (votes[label] == votes[best] && label < best))
                    best = label;
            }
            for (int u : neighbors[v]) votes[labels[u]] = 0;
            votes[labels[v]] = 0;
            next[v] = best;
            if (best != labels[v]) changed = true;
        }
        if (!changed) break;
        labels = std::move(next);
    }
    return labels;
}
