#include <vector>

// image[r][c] in 0..255; return out_h rows of out_w integers (half-pixel centres, round half up).
std::vector<std::vector<int>> resize_bilinear(const std::vector<std::vector<int>>& image, int out_h,
                                              int out_w) {
    return {};
}
