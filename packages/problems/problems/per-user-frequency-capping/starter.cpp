#include <vector>

// events[i] = {user, campaign, t}, in arrival order (not time order).
// Return one boolean per event, in the given order: true if it is served.
std::vector<bool> cap_impressions(const std::vector<std::vector<int>>& events, int user_cap,
                                  int campaign_cap, int window) {
    return {};
}
