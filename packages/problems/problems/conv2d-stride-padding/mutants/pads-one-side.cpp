// Mutant: pads only above and to the left, so the padded image is H + p by W + p instead of H + 2p by W + 2p
#include <algorithm>
#include <cstddef>
#include <vector>

namespace {

// Window starts 0, stride, 2 * stride, ... that still leave room for the whole kernel.
int output_length(int size, int kernel_size, int stride, int padding) {
    const int room = size + padding - kernel_size;
    return room >= 0 ? room / stride + 1 : 0;
}

}  // namespace

std::vector<std::vector<double>> conv2d(const std::vector<std::vector<double>>& image,
                                        const std::vector<std::vector<double>>& kernel,
                                        int stride, int padding) {
    if (image.empty()) return {};
    const int height = static_cast<int>(image.size());
    const int width = static_cast<int>(image[0].size());
    const int out_height = output_length(height, static_cast<int>(kernel.size()), stride, padding);
    const int out_width = output_length(width, static_cast<int>(kernel[0].size()), stride, padding);
    if (out_height == 0 || out_width == 0) return {};

    // A zero-filled copy with the image in the middle: the borders are the padding.
    std::vector<std::vector<double>> padded(height + 2 * padding,
                                            std::vector<double>(width + 2 * padding, 0.0));
    for (int i = 0; i < height; ++i) {
        std::copy(image[i].begin(), image[i].end(), padded[i + padding].begin() + padding);
    }

    std::vector<std::vector<double>> output(out_height, std::vector<double>(out_width));
    for (int r = 0; r < out_height; ++r) {
        const int top = r * stride;
        for (int c = 0; c < out_width; ++c) {
            const int left = c * stride;
            double total = 0;
            for (std::size_t u = 0; u < kernel.size(); ++u) {
                const std::vector<double>& window_row = padded[top + u];
                for (std::size_t v = 0; v < kernel[u].size(); ++v) {
                    total += kernel[u][v] * window_row[left + v];
                }
            }
            output[r][c] = total;
        }
    }
    return output;
}
