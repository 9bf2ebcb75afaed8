// Mutant: computes budget * (hour + 1) in 32-bit int, which overflows for budgets near 10^9
#include <algorithm>
#include <numeric>
#include <vector>

namespace {
constexpr int kSecondsPerHour = 3600;
constexpr int kHours = 24;
}  // namespace

std::vector<int> pace_campaigns(const std::vector<std::vector<int>>& campaigns,
                                const std::vector<std::vector<int>>& requests) {
    const int m = static_cast<int>(campaigns.size());
    // Every campaign bids multiplier * value, so the bid order is the same for every request:
    // highest multiplier first, then lowest index.
    std::vector<int> order(m);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return campaigns[a][1] > campaigns[b][1]; });
    std::vector<long long> budgets(m), multipliers(m), spent(m, 0);
    for (int p = 0; p < m; ++p) {
        budgets[p] = campaigns[order[p]][0];
        multipliers[p] = campaigns[order[p]][1];
    }
    int size = 1;
    while (size < m) size *= 2;
    // A max-tree over positions in bid order: each leaf holds what that campaign may still spend
    // this hour, each inner node the largest of its leaves. Padding leaves hold -1.
    std::vector<long long> room(2 * size, -1);
    int hour = -1;
    std::vector<int> winners;
    winners.reserve(requests.size());
    for (const auto& request : requests) {
        const int t = request[0];
        const long long value = request[1];
        const long long price = request[2];
        if (t / kSecondsPerHour != hour) {
            hour = t / kSecondsPerHour;
            for (int p = 0; p < m; ++p) room[size + p] = static_cast<int>(budgets[p]) * (hour + 1) / kHours - spent[p];
            for (int node = size - 1; node >= 1; --node) {
                room[node] = std::max(room[2 * node], room[2 * node + 1]);
            }
        }
        if (room[1] < price) {
            winners.push_back(-1);
            continue;
        }
        int node = 1;
        while (node < size) node = room[2 * node] >= price ? 2 * node : 2 * node + 1;
        const int position = node - size;
        // Campaigns further right have enough room too, but none of them bids more.
        if (multipliers[position] * value < price) {
            winners.push_back(-1);
            continue;
        }
        spent[position] += price;
        room[node] -= price;
        for (node /= 2; node >= 1; node /= 2) room[node] = std::max(room[2 * node], room[2 * node + 1]);
        winners.push_back(order[position]);
    }
    return winners;
}
