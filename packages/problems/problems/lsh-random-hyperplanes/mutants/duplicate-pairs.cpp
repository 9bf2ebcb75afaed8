// Mutant: sorts the pairs but never removes duplicates, so a pair that shares several bands is listed once per band
#include <algorithm>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

std::vector<std::vector<int>> lsh_candidate_pairs(const std::vector<std::vector<int>>& vectors,
                                                  const std::vector<std::vector<int>>& hyperplanes,
                                                  int bands) {
    const int n = static_cast<int>(vectors.size());
    const int bits = static_cast<int>(hyperplanes.size());
    const int rows = bits / bands;
    // One bit per hyperplane: which side of it the vector lies on (a dot of 0 counts as 1).
    std::vector<std::string> signatures(n, std::string(bits, '0'));
    for (int i = 0; i < n; ++i) {
        for (int t = 0; t < bits; ++t) {
            long long dot = 0;
            for (std::size_t c = 0; c < vectors[i].size(); ++c) {
                dot += static_cast<long long>(vectors[i][c]) * hyperplanes[t][c];
            }
            if (dot >= 0) signatures[i][t] = '1';
        }
    }
    std::vector<std::pair<int, int>> pairs;
    for (int band = 0; band < bands; ++band) {
        std::unordered_map<std::string, std::vector<int>> buckets;
        for (int i = 0; i < n; ++i) buckets[signatures[i].substr(band * rows, rows)].push_back(i);
        for (const auto& [key, members] : buckets) {
            // members are in increasing index order, so every pair comes out with i < j
            for (std::size_t a = 0; a < members.size(); ++a) {
                for (std::size_t b = a + 1; b < members.size(); ++b) pairs.emplace_back(members[a], members[b]);
            }
        }
    }
    // A pair that shares several bands was found once per band.
    std::sort(pairs.begin(), pairs.end());
    std::vector<std::vector<int>> result;
    result.reserve(pairs.size());
    for (const auto& [i, j] : pairs) result.push_back({i, j});
    return result;
}
