#include <vector>

// Member v starts with label v. Each synchronous round, every member with contacts takes the
// label most common among them (smallest label on ties). Stop when nothing changes or after max_rounds.
std::vector<int> propagate_labels(int n, const std::vector<std::vector<int>>& edges, int max_rounds) {
    return {};
}
