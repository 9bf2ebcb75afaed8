#include <vector>

// Provided by the harness, do not redefine:
//   struct Suggestion { int candidate; int mutual; };   (returned as [candidate, mutual])

std::vector<Suggestion> suggest_friends(int n, const std::vector<std::vector<int>>& edges,
                                        int user, int k) {
    // edges[i] = {a, b}: a and b are friends (may repeat, may be {a, a}).
    // Return up to k suggestions, most mutual friends first, then smaller id.
    return {};
}
