// Mutant: picks each slot's winner with a fresh scan of the remaining ads, O(n * slots); right answers, too slow for the largest case
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace {

bool ranks_above(const std::string& id_a, long long bid_a, int quality_a,
                 const std::string& id_b, long long bid_b, int quality_b) {
    if (bid_a * quality_a != bid_b * quality_b) return bid_a * quality_a > bid_b * quality_b;
    if (quality_a != quality_b) return quality_a > quality_b;
    return id_a < id_b;
}

}  // namespace

std::vector<std::optional<Placement>> price_ad_slots(const std::vector<Ad>& ads, int slots,
                                                     int reserve) {
    std::vector<const Ad*> remaining;
    for (const Ad& ad : ads) {
        if (ad.bid >= reserve) remaining.push_back(&ad);
    }
    std::vector<const Ad*> ranked;
    while (ranked.size() <= static_cast<std::size_t>(slots) && !remaining.empty()) {
        std::size_t best = 0;
        for (std::size_t i = 1; i < remaining.size(); ++i) {
            const Ad& a = *remaining[i];
            const Ad& b = *remaining[best];
            if (ranks_above(a.ad_id, a.bid, a.quality, b.ad_id, b.bid, b.quality)) best = i;
        }
        ranked.push_back(remaining[best]);
        remaining[best] = remaining.back();  // order no longer matters: swap in the last one
        remaining.pop_back();
    }
    std::vector<std::optional<Placement>> result(slots);
    for (std::size_t position = 0; position < result.size() && position < ranked.size();
         ++position) {
        const Ad& ad = *ranked[position];
        long long price = reserve;
        if (position + 1 < ranked.size()) {
            const Ad& below = *ranked[position + 1];
            const long long target = static_cast<long long>(below.bid) * below.quality;
            long long needed = (target + ad.quality - 1) / ad.quality;
            if (ranks_above(below.ad_id, below.bid, below.quality, ad.ad_id, needed, ad.quality)) {
                needed += 1;
            }
            price = std::max(price, needed);
        }
        result[position] = Placement{ad.ad_id, static_cast<int>(price)};
    }
    return result;
}
