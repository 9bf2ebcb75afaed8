#include <array>
#include <vector>

namespace {
// For output index i: the two source indices and the upper one's weight as a numerator over
// 2 * out_size, from s(i) = ((2i + 1) * in_size - out_size) / (2 * out_size) clamped to [0, n - 1].
std::vector<std::array<int, 3>> taps(int out_size, int in_size) {
    const int denominator = 2 * out_size;
    std::vector<std::array<int, 3>> result(out_size);
    for (int i = 0; i < out_size; ++i) {
        const int numerator = (2 * i + 1) * in_size - out_size;
        if (numerator <= 0) {
            result[i] = {0, 0, 0};
            continue;
        }
        const int low = numerator / denominator;
        if (low >= in_size - 1) {
            result[i] = {in_size - 1, in_size - 1, 0};
        } else {
            result[i] = {low, low + 1, numerator % denominator};
        }
    }
    return result;
}
}  // namespace

std::vector<std::vector<int>> resize_bilinear(const std::vector<std::vector<int>>& image, int out_h,
                                              int out_w) {
    const auto rows = taps(out_h, static_cast<int>(image.size()));
    const auto cols = taps(out_w, static_cast<int>(image[0].size()));
    const long long dy = 2LL * out_h;
    const long long dx = 2LL * out_w;
    const long long scale = dy * dx;
    std::vector<std::vector<int>> result(out_h, std::vector<int>(out_w));
    for (int y = 0; y < out_h; ++y) {
        const auto& top = image[rows[y][0]];
        const auto& bottom = image[rows[y][1]];
        const long long fy = rows[y][2];
        for (int x = 0; x < out_w; ++x) {
            const int x0 = cols[x][0];
            const int x1 = cols[x][1];
            const long long fx = cols[x][2];
            const long long upper = (dx - fx) * top[x0] + fx * top[x1];
            const long long lower = (dx - fx) * bottom[x0] + fx * bottom[x1];
            const long long total = (dy - fy) * upper + fy * lower;
            // Round total / scale half up, in integers (total >= 0).
            result[y][x] = static_cast<int>((2 * total + scale) / (2 * scale));
        }
    }
    return result;
}
