// Mutant: rewrites every pixel of one provisional label when two labels meet; right answers, O(H W) per join
#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace {
int find(std::vector<int>& parent, int x) {
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}
}  // namespace

Components label_components(const std::vector<std::string>& grid,
                            const std::vector<std::vector<int>>& probes) {
    const int height = static_cast<int>(grid.size());
    const int width = height > 0 ? static_cast<int>(grid[0].size()) : 0;
    std::vector<int> labels(static_cast<size_t>(height) * width, 0);
    std::vector<int> parent{0};
    const std::vector<std::pair<int, int>> neighbours = {{0, -1}, {-1, -1}, {-1, 0}, {-1, 1}};
    for (int r = 0; r < height; ++r) {
        for (int c = 0; c < width; ++c) {
            if (grid[r][c] != '#') continue;
            int here = 0;
            for (const auto& [dr, dc] : neighbours) {
                const int rr = r + dr, cc = c + dc;
                if (rr < 0 || cc < 0 || cc >= width) continue;
                const int other = labels[rr * width + cc];
                if (other == 0) continue;
                if (here == 0) {
                    here = other;
                    labels[r * width + c] = other;
                    continue;
                }
                if (here != other) {
                    // Rewrite every pixel holding the larger label to the smaller one.
                    const int low = std::min(here, other), high = std::max(here, other);
                    for (int& label : labels) {
                        if (label == high) label = low;
                    }
                    here = low;
                }
            }
            if (here == 0) {
                parent.push_back(static_cast<int>(parent.size()));
                labels[r * width + c] = static_cast<int>(parent.size()) - 1;
            }
        }
    }
    std::map<int, int> roots;
    Components result{0, {}, {}};
    for (int p = 0; p < height * width; ++p) {
        if (labels[p] == 0) continue;
        const int root = find(parent, labels[p]);
        auto it = roots.find(root);
        if (it == roots.end()) {
            it = roots.emplace(root, static_cast<int>(roots.size()) + 1).first;
            result.sizes.push_back(0);
        }
        ++result.sizes[it->second - 1];
    }
    result.count = static_cast<int>(result.sizes.size());
    for (const auto& probe : probes) {
        const int p = probe[0] * width + probe[1];
        result.probe_labels.push_back(labels[p] == 0 ? 0 : roots[find(parent, labels[p])]);
    }
    return result;
}
