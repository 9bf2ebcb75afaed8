#include <vector>

std::vector<int> reservoir_sample(const std::vector<int>& stream, int k,
                                  const std::vector<double>& randoms) {
    // Return the k-slot reservoir after Algorithm R, drawing from `randoms` in order.
    return {};
}
