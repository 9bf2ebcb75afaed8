// Mutant: rounds u * (i + 1) to the nearest integer instead of flooring it
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

std::vector<int> reservoir_sample(const std::vector<int>& stream, int k,
                                  const std::vector<double>& randoms) {
    std::vector<int> reservoir;
    reservoir.reserve(std::min<std::size_t>(k, stream.size()));
    for (std::size_t i = 0; i < stream.size(); ++i) {
        if (i < static_cast<std::size_t>(k)) {
            reservoir.push_back(stream[i]);
            continue;
        }
        auto j = static_cast<std::size_t>(std::lround(randoms[i - k] * (i + 1)));  // slot in 0..i
        if (j < static_cast<std::size_t>(k)) reservoir[j] = stream[i];
    }
    return reservoir;
}
