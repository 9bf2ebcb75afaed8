// Mutant: maps corners to corners, s = i * (n - 1) / (m - 1) (align_corners = true)
#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace {
double coord(int i, int out_size, int in_size) {
    return out_size == 1 ? 0.0 : static_cast<double>(i) * (in_size - 1) / (out_size - 1);
}

std::array<double, 3> tap(int i, int out_size, int in_size) {
    double s = coord(i, out_size, in_size);
    s = std::min(std::max(s, 0.0), in_size - 1.0);
    const double low = std::floor(s);
    return {low, std::min(low + 1, in_size - 1.0), s - low};
}
}  // namespace

std::vector<std::vector<int>> resize_bilinear(const std::vector<std::vector<int>>& image, int out_h,
                                              int out_w) {
    const int in_h = static_cast<int>(image.size());
    const int in_w = static_cast<int>(image[0].size());
    std::vector<std::vector<int>> result(out_h, std::vector<int>(out_w));
    for (int y = 0; y < out_h; ++y) {
        const auto r = tap(y, out_h, in_h);
        const int y0 = static_cast<int>(r[0]), y1 = static_cast<int>(r[1]);
        const double fy = r[2];
        for (int x = 0; x < out_w; ++x) {
            const auto c = tap(x, out_w, in_w);
            const int x0 = static_cast<int>(c[0]), x1 = static_cast<int>(c[1]);
            const double fx = c[2];
            double upper = (1 - fx) * image[y0][x0] + fx * image[y0][x1];
            double lower = (1 - fx) * image[y1][x0] + fx * image[y1][x1];
            const double value = (1 - fy) * upper + fy * lower;
            result[y][x] = static_cast<int>(std::floor(value + 0.5 + 1e-9));
        }
    }
    return result;
}
