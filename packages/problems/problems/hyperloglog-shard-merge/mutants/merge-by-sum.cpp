// Mutant: merges sketches by adding registers instead of taking the maximum
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace {
// SplitMix64's finaliser: uint64_t arithmetic wraps modulo 2^64 and shifts are logical.
std::uint64_t mix64(std::uint64_t x) {
    std::uint64_t z = x + 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

double alpha(int m) {
    if (m == 16) return 0.673;
    if (m == 32) return 0.697;
    if (m == 64) return 0.709;
    return 0.7213 / (1 + 1.079 / m);
}
}  // namespace

HllEstimate merge_and_estimate(const std::vector<std::vector<int>>& sketches,
                               const std::vector<long long>& items, int p) {
    const int m = 1 << p;
    // Merging sketches is a register-wise max; no sketches means all zeros.
    std::vector<int> registers(m, 0);
    for (const auto& sketch : sketches) {
        for (int j = 0; j < m; ++j) registers[j] += sketch[j];
    }
    const int width = 64 - p;
    for (long long item : items) {
        const std::uint64_t h = mix64(static_cast<std::uint64_t>(item));
        const int index = static_cast<int>(h >> width);
        const std::uint64_t rest = h << p;  // the (64 - p)-bit word moved to the top
        // Rank: first 1 bit of the word counted from 1; 65 - p when the word is zero.
        const int rank = rest == 0 ? width + 1 : __builtin_clzll(rest) + 1;
        registers[index] = std::max(registers[index], rank);
    }
    int zeros = 0;
    double sum = 0;
    for (int r : registers) {
        if (r == 0) ++zeros;
        sum += std::ldexp(1.0, -r);
    }
    const double raw = alpha(m) * m * m / sum;
    const double estimate =
        raw <= 2.5 * m && zeros > 0 ? m * std::log(static_cast<double>(m) / zeros) : raw;
    return {estimate, zeros, registers};
}
