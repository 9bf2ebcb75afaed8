#include <string>
#include <vector>

Components label_components(const std::vector<std::string>& grid,
                            const std::vector<std::vector<int>>& probes) {
    const int height = static_cast<int>(grid.size());
    const int width = height > 0 ? static_cast<int>(grid[0].size()) : 0;
    // Pad with a background border so neighbour lookups need no bounds checks.
    // -1 marks a defect pixel not labelled yet.
    const int stride = width + 2;
    std::vector<int> labels(static_cast<size_t>(height + 2) * stride, 0);
    for (int r = 0; r < height; ++r) {
        const int base = (r + 1) * stride + 1;
        for (int c = 0; c < width; ++c) {
            if (grid[r][c] == '#') labels[base + c] = -1;
        }
    }
    const int offsets[8] = {-stride - 1, -stride, -stride + 1, -1, 1, stride - 1, stride, stride + 1};
    std::vector<int> stack;
    stack.reserve(static_cast<size_t>(height) * width);
    Components result{0, {}, {}};
    // Flooding each blob as soon as the row-major scan meets it numbers blobs by first pixel.
    for (int r = 0; r < height; ++r) {
        const int base = (r + 1) * stride + 1;
        for (int p = base; p < base + width; ++p) {
            if (labels[p] != -1) continue;
            const int label = static_cast<int>(result.sizes.size()) + 1;
            labels[p] = label;
            stack.push_back(p);
            int size = 0;
            while (!stack.empty()) {
                const int q = stack.back();
                stack.pop_back();
                ++size;
                for (int d : offsets) {
                    const int n = q + d;
                    if (labels[n] == -1) {
                        labels[n] = label;
                        stack.push_back(n);
                    }
                }
            }
            result.sizes.push_back(size);
        }
    }
    result.count = static_cast<int>(result.sizes.size());
    for (const auto& probe : probes) {
        result.probe_labels.push_back(labels[(probe[0] + 1) * stride + probe[1] + 1]);
    }
    return result;
}
