// Mutant: sizes the reservoir to k up front, so a stream shorter than k comes back padded with zeros
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

std::vector<int> reservoir_sample(const std::vector<int>& stream, int k,
                                  const std::vector<double>& randoms) {
    std::vector<int> reservoir(k);
    for (std::size_t i = 0; i < stream.size(); ++i) {
        if (i < static_cast<std::size_t>(k)) {
            reservoir[i] = stream[i];
            continue;
        }
        auto j = static_cast<std::size_t>(std::floor(randoms[i - k] * (i + 1)));  // slot in 0..i
        if (j < static_cast<std::size_t>(k)) reservoir[j] = stream[i];
    }
    return reservoir;
}
