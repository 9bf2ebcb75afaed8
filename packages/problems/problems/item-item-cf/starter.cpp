#include <string>
#include <vector>

// Provided by the harness (do not redefine them):
//   struct Interaction { std::string user; std::string item; double weight; };
//   struct Recommendation { std::string item; double score; };

// Return up to n (item, score) pairs of unseen items, scored by item-item cosine similarity.
std::vector<Recommendation> recommend_items(const std::vector<Interaction>& interactions,
                                            const std::string& user, int n) {
    return {};
}
