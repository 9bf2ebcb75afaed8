#include <vector>

// edges[i] = {a, b}: a and b are connected (pairs may repeat, in either order, and may be {a, a}).
// Return core[v] for every member v = 0 .. n-1.
std::vector<int> core_numbers(int n, const std::vector<std::vector<int>>& edges) {
    return {};
}
