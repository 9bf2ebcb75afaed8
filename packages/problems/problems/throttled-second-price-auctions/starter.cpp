#include <vector>

// campaigns[j] = {bid, budget}; reserves[i] = the reserve price of auction i.
// Return the total spend of every campaign.
std::vector<long long> run_auctions(const std::vector<std::vector<int>>& campaigns,
                                    const std::vector<int>& reserves) {
    return {};
}
