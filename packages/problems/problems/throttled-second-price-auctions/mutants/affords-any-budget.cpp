// Mutant: lets a campaign bid while any budget is left, even if it cannot pay its whole bid
#include <functional>
#include <queue>
#include <utility>
#include <vector>

std::vector<long long> run_auctions(const std::vector<std::vector<int>>& campaigns,
                                    const std::vector<int>& reserves) {
    const long long n = static_cast<long long>(reserves.size());
    std::vector<long long> spend(campaigns.size(), 0);
    // Campaigns that may bid now as (bid, -index): highest bid first, then lowest index. Only the
    // winner's state ever changes, and it is always the top of this heap.
    std::priority_queue<std::pair<int, int>> active;
    for (int j = 0; j < static_cast<int>(campaigns.size()); ++j) {
        if (campaigns[j][1] > 0) active.push({campaigns[j][0], -j});
    }
    // (first auction it may bid in again, index), earliest first.
    using Resting = std::pair<long long, int>;
    std::priority_queue<Resting, std::vector<Resting>, std::greater<Resting>> resting;
    for (long long i = 0; i < n; ++i) {
        while (!resting.empty() && resting.top().first <= i) {
            const int j = resting.top().second;
            resting.pop();
            active.push({campaigns[j][0], -j});
        }
        const int reserve = reserves[i];
        if (active.empty() || active.top().first < reserve) continue;
        const int winner = -active.top().second;
        active.pop();
        const long long second = active.empty() ? 0 : active.top().first;
        spend[winner] += std::max<long long>(reserve, second);
        const long long bid = campaigns[winner][0];
        const long long budget = campaigns[winner][1];
        if (budget - spend[winner] > 0) {
            // Throttled until spend * n <= budget * i: auction ceil(spend * n / budget).
            resting.push({(spend[winner] * n + budget - 1) / budget, winner});
        }
    }
    return spend;
}
