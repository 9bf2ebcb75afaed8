// Mutant: truncates instead of rounding
#include <array>

std::vector<std::vector<int>> equalize_histogram(const std::vector<std::vector<int>>& image) {
    std::array<int, 256> counts{};
    for (const auto& row : image)
        for (int value : row) ++counts[value];
    int total = 0;
    for (int c : counts) total += c;
    if (total == 0) return image;
    int darkest = 0;
    while (counts[darkest] == 0) ++darkest;
    const int c_min = counts[darkest];  // the cdf at the darkest level present
    const int span = total - c_min;
    if (span == 0) return image;  // a flat image has nothing to spread
    std::array<int, 256> mapping{};
    int cdf = 0;
    for (int v = 0; v < 256; ++v) {
        cdf += counts[v];
        // round((cdf - c_min) * 255 / span), halves up, in exact integers
        mapping[v] = (cdf - c_min) * 255 / span;
    }
    std::vector<std::vector<int>> out = image;
    for (auto& row : out)
        for (int& value : row) value = mapping[value];
    return out;
}
