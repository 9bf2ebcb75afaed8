#include <vector>

// Return every {i, j}, i < j, whose signatures agree on at least one band, sorted.
std::vector<std::vector<int>> lsh_candidate_pairs(const std::vector<std::vector<int>>& vectors,
                                                  const std::vector<std::vector<int>>& hyperplanes,
                                                  int bands) {
    return {};
}
