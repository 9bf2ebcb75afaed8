// Mutant: decides the events in the order they arrived, not in time order
#include <algorithm>
#include <deque>
#include <numeric>
#include <unordered_map>
#include <vector>

std::vector<bool> cap_impressions(const std::vector<std::vector<int>>& events, int user_cap,
                                  int campaign_cap, int window) {
    const std::size_t n = events.size();
    // Decide in time order; stable_sort keeps the log's order among equal times.
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::unordered_map<int, std::deque<long long>> by_user;
    std::unordered_map<long long, std::deque<long long>> by_pair;
    std::vector<bool> served(n, false);
    for (std::size_t i : order) {
        const int user = events[i][0];
        const int campaign = events[i][1];
        const long long t = events[i][2];
        const long long pair_key =
            (static_cast<long long>(user) << 32) | static_cast<unsigned int>(campaign);
        auto& recent_user = by_user[user];
        auto& recent_pair = by_pair[pair_key];
        // Times only grow, so an impression that has left the window never returns to it.
        const long long cutoff = t - window;
        while (!recent_user.empty() && recent_user.front() <= cutoff) recent_user.pop_front();
        while (!recent_pair.empty() && recent_pair.front() <= cutoff) recent_pair.pop_front();
        if (static_cast<long long>(recent_user.size()) < user_cap &&
            static_cast<long long>(recent_pair.size()) < campaign_cap) {
            served[i] = true;
            recent_user.push_back(t);
            recent_pair.push_back(t);
        }
    }
    return served;
}
