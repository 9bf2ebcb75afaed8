#include <vector>

// campaigns[j] = {budget, multiplier}; requests[i] = {t, value, price}.
// Return, per request, the index of the campaign that takes it, or -1.
std::vector<int> pace_campaigns(const std::vector<std::vector<int>>& campaigns,
                                const std::vector<std::vector<int>>& requests) {
    return {};
}
