#include <vector>

// Provided by the harness, do not redefine:
//   struct Event { int user; int item; int t; };               (a JSON array [user, item, t])
//   struct Recommendation { int item; double score; };         (a JSON array [item, score])

std::vector<Recommendation> recommend_popular(const std::vector<Event>& events, int user, int now,
                                              double half_life, int k) {
    // Return up to k recommendations, best first.
    return {};
}
