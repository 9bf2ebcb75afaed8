// Mutant: skips conversions with no eligible touch instead of crediting (direct)
#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

struct Path {
    std::vector<long long> times;
    std::vector<std::string> channels;
    std::vector<double> share_diff;
    std::vector<int> cover_diff;
};

}  // namespace

std::vector<ChannelCredit> attribute_conversions(const std::vector<Touch>& touches,
                                                 const std::vector<Conversion>& conversions,
                                                 long long lookback) {
    std::unordered_map<long long, std::vector<int>> order;
    for (int i = 0; i < static_cast<int>(touches.size()); ++i) order[touches[i].user].push_back(i);
    std::unordered_map<long long, Path> paths;
    for (auto& [user, idx] : order) {
        // Stable: equal times keep their input order.
        std::stable_sort(idx.begin(), idx.end(),
                         [&](int a, int b) { return touches[a].time < touches[b].time; });
        Path& p = paths[user];
        for (int i : idx) {
            p.times.push_back(touches[i].time);
            p.channels.push_back(touches[i].channel);
        }
        p.share_diff.assign(idx.size() + 1, 0.0);
        p.cover_diff.assign(idx.size() + 1, 0);
    }

    std::unordered_map<std::string, double> credit;
    for (const Conversion& c : conversions) {
        auto it = paths.find(c.user);
        if (it == paths.end()) {
            
            continue;
        }
        Path& p = it->second;
        const int lo = static_cast<int>(
            std::lower_bound(p.times.begin(), p.times.end(), c.time - lookback) - p.times.begin());
        const int hi = static_cast<int>(
            std::upper_bound(p.times.begin(), p.times.end(), c.time) - p.times.begin());
        const int k = hi - lo;
        const double v = c.value;
        if (k == 0) {
            continue;
        } else if (k == 1) {
            credit[p.channels[lo]] += v;
        } else if (k == 2) {
            credit[p.channels[lo]] += 0.5 * v;
            credit[p.channels[lo + 1]] += 0.5 * v;
        } else {
            credit[p.channels[lo]] += 0.4 * v;
            credit[p.channels[hi - 1]] += 0.4 * v;
            const double share = 0.2 * v / (k - 2);
            p.share_diff[lo + 1] += share;
            p.share_diff[hi - 1] -= share;
            p.cover_diff[lo + 1] += 1;
            p.cover_diff[hi - 1] -= 1;
        }
    }

    for (auto& [user, p] : paths) {
        double running = 0;
        int covered = 0;
        for (std::size_t j = 0; j < p.channels.size(); ++j) {
            running += p.share_diff[j];
            covered += p.cover_diff[j];
            if (covered == 0)
                running = 0;  // no open range: drop the rounding residue
            else
                credit[p.channels[j]] += running;
        }
    }

    std::vector<ChannelCredit> out;
    for (const auto& [ch, c] : credit) out.push_back({ch, std::round(c * 1e6) / 1e6});
    std::sort(out.begin(), out.end(), [](const ChannelCredit& a, const ChannelCredit& b) {
        return a.credit != b.credit ? a.credit > b.credit : a.channel < b.channel;
    });
    return out;
}
