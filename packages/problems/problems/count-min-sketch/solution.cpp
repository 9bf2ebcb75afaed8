#include <algorithm>
#include <cstddef>
#include <limits>
#include <vector>

namespace {

// a * key can reach about 2^62: multiply in 64 bits, which an int product would overflow.
int column(const HashRow& row, int key, int prime, int width) {
    return static_cast<int>((static_cast<long long>(row.a) * key + row.b) % prime % width);
}

}  // namespace

std::vector<long long> count_min_estimates(int width, int prime,
                                           const std::vector<HashRow>& hash_params,
                                           const std::vector<Update>& updates,
                                           const std::vector<int>& queries) {
    std::vector<std::vector<long long>> table(hash_params.size(), std::vector<long long>(width));
    for (const Update& update : updates) {
        for (std::size_t r = 0; r < hash_params.size(); ++r) {
            table[r][column(hash_params[r], update.key, prime, width)] += update.count;
        }
    }

    std::vector<long long> estimates;
    estimates.reserve(queries.size());
    for (int key : queries) {
        long long estimate = std::numeric_limits<long long>::max();
        for (std::size_t r = 0; r < hash_params.size(); ++r) {
            estimate = std::min(estimate, table[r][column(hash_params[r], key, prime, width)]);
        }
        estimates.push_back(estimate);
    }
    return estimates;
}
