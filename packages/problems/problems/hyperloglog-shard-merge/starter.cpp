#include <cstdint>
#include <vector>

// struct HllEstimate { double estimate; int zero_registers; std::vector<int> registers; }; is provided.
// m = 2^p registers; merge the sketches, add the items with the stated 64-bit hash.
HllEstimate merge_and_estimate(const std::vector<std::vector<int>>& sketches,
                               const std::vector<long long>& items, int p) {
    return {0.0, 0, {}};
}
