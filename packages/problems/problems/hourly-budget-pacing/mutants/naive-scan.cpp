// Mutant: scans the campaigns in bid order for every request, O(n * m); right answers, too slow for the day with 100000 campaigns
#include <algorithm>
#include <numeric>
#include <vector>

std::vector<int> pace_campaigns(const std::vector<std::vector<int>>& campaigns,
                                const std::vector<std::vector<int>>& requests) {
    const int m = static_cast<int>(campaigns.size());
    std::vector<int> order(m);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return campaigns[a][1] > campaigns[b][1]; });
    std::vector<long long> spent(m, 0);
    std::vector<int> winners;
    winners.reserve(requests.size());
    for (const auto& request : requests) {
        const int hour = request[0] / 3600;
        const long long value = request[1];
        const long long price = request[2];
        int winner = -1;
        for (int j : order) {
            const long long budget = campaigns[j][0];
            const long long multiplier = campaigns[j][1];
            if (multiplier * value < price) break;  // everyone further down bids even less
            if (spent[j] + price <= budget * (hour + 1) / 24) {
                winner = j;
                break;
            }
        }
        if (winner >= 0) spent[winner] += price;
        winners.push_back(winner);
    }
    return winners;
}
