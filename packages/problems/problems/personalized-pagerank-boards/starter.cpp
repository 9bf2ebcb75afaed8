#include <string>
#include <vector>

// Provided by the harness (do not redefine): struct ItemScore { std::string item; double score; };

std::vector<ItemScore> recommend_items(const std::vector<std::vector<std::string>>& user_boards,
                                       const std::vector<std::vector<std::string>>& board_items,
                                       const std::vector<std::vector<std::string>>& user_items,
                                       const std::string& user, double alpha, int iterations,
                                       int n) {
    // Return the top-n unseen (item, score) pairs by random walk with restart from `user`.
    return {};
}
