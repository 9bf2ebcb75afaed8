#include <algorithm>
#include <optional>
#include <string>
#include <vector>

// Provided by the harness, do not redefine:
//   struct Ad { std::string ad_id; int bid; int quality; };   (arrives as [ad_id, bid, quality])
//   struct Placement { std::string ad_id; int price; };       (returned as [ad_id, price])

std::vector<std::optional<Placement>> price_ad_slots(const std::vector<Ad>& ads, int slots,
                                                     int reserve) {
    // Return one Placement per slot, or std::nullopt for a slot no ad fills.
    std::vector<std::optional<Placement>> result;
    return result;
}
