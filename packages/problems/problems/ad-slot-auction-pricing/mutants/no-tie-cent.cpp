// Mutant: reaching the next rank score exactly is taken to win, so no extra cent when the tie is lost
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace {

// True when the first ad ranks above the second: rank score, then quality, then id.
bool ranks_above(const std::string& id_a, long long bid_a, int quality_a,
                 const std::string& id_b, long long bid_b, int quality_b) {
    if (bid_a * quality_a != bid_b * quality_b) return bid_a * quality_a > bid_b * quality_b;
    if (quality_a != quality_b) return quality_a > quality_b;
    return id_a < id_b;  // std::string compares bytes: code-point order for ASCII ids
}

}  // namespace

std::vector<std::optional<Placement>> price_ad_slots(const std::vector<Ad>& ads, int slots,
                                                     int reserve) {
    std::vector<Ad> ranked;
    for (const Ad& ad : ads) {
        if (ad.bid >= reserve) ranked.push_back(ad);
    }
    std::sort(ranked.begin(), ranked.end(), [](const Ad& a, const Ad& b) {
        return ranks_above(a.ad_id, a.bid, a.quality, b.ad_id, b.bid, b.quality);
    });

    std::vector<std::optional<Placement>> result(slots);  // a slot no ad fills stays empty
    for (std::size_t position = 0; position < result.size() && position < ranked.size();
         ++position) {
        const Ad& ad = ranked[position];
        long long price = reserve;
        if (position + 1 < ranked.size()) {
            const Ad& below = ranked[position + 1];
            // The smallest whole bid whose rank score reaches the ad below, and one cent more
            // when reaching it exactly would lose the tie.
            const long long target = static_cast<long long>(below.bid) * below.quality;
            long long needed = (target + ad.quality - 1) / ad.quality;
            price = std::max(price, needed);
        }
        result[position] = Placement{ad.ad_id, static_cast<int>(price)};
    }
    return result;
}
