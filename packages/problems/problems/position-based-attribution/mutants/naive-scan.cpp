// Mutant: rescans all of the user's touches for every conversion, O(T * C) on heavy users (correct output, too slow)
#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>
#include <vector>

std::vector<ChannelCredit> attribute_conversions(const std::vector<Touch>& touches,
                                                 const std::vector<Conversion>& conversions,
                                                 long long lookback) {
    std::unordered_map<long long, std::vector<const Touch*>> by_user;
    for (const Touch& t : touches) by_user[t.user].push_back(&t);
    for (auto& [user, list] : by_user)
        std::stable_sort(list.begin(), list.end(),
                         [](const Touch* a, const Touch* b) { return a->time < b->time; });
    std::unordered_map<std::string, double> credit;
    std::vector<const std::string*> path;
    for (const Conversion& c : conversions) {
        path.clear();
        auto it = by_user.find(c.user);
        if (it != by_user.end())
            for (const Touch* t : it->second)
                if (c.time - lookback <= t->time && t->time <= c.time) path.push_back(&t->channel);
        const std::size_t k = path.size();
        const double v = c.value;
        if (k == 0) {
            credit["(direct)"] += v;
        } else if (k == 1) {
            credit[*path[0]] += v;
        } else if (k == 2) {
            credit[*path[0]] += 0.5 * v;
            credit[*path[1]] += 0.5 * v;
        } else {
            credit[*path[0]] += 0.4 * v;
            credit[*path[k - 1]] += 0.4 * v;
            for (std::size_t j = 1; j + 1 < k; ++j) credit[*path[j]] += 0.2 * v / (k - 2);
        }
    }
    std::vector<ChannelCredit> out;
    for (const auto& [ch, c] : credit) out.push_back({ch, std::round(c * 1e6) / 1e6});
    std::sort(out.begin(), out.end(), [](const ChannelCredit& a, const ChannelCredit& b) {
        return a.credit != b.credit ? a.credit > b.credit : a.channel < b.channel;
    });
    return out;
}
