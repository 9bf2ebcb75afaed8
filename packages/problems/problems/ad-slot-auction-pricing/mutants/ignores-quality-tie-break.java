// Mutant: equal rank scores go straight to the id, skipping the higher-quality-first rule
import java.util.*;

class Solution {
    // Negative when a ranks above b: rank score, then quality, then id in code-point order.
    private static int compareRank(String idA, long bidA, int qualityA, String idB, long bidB,
            int qualityB) {
        int byScore = Long.compare(bidB * qualityB, bidA * qualityA);
        if (byScore != 0) return byScore;
        return idA.compareTo(idB); // ids are ASCII, so UTF-16 order is code-point order
    }

    public List<Placement> priceAdSlots(Ad[] ads, int slots, int reserve) {
        List<Ad> ranked = new ArrayList<>();
        for (Ad ad : ads) {
            if (ad.bid() >= reserve) ranked.add(ad);
        }
        ranked.sort((a, b) -> compareRank(a.adId(), a.bid(), a.quality(), b.adId(), b.bid(),
                b.quality()));

        List<Placement> result = new ArrayList<>(slots);
        for (int position = 0; position < slots; position++) {
            if (position >= ranked.size()) {
                result.add(null);
                continue;
            }
            Ad ad = ranked.get(position);
            long price = reserve;
            if (position + 1 < ranked.size()) {
                Ad below = ranked.get(position + 1);
                // The smallest whole bid whose rank score reaches the ad below, and one cent
                // more when reaching it exactly would lose the tie.
                long target = (long) below.bid() * below.quality();
                long needed = (target + ad.quality() - 1) / ad.quality();
                if (compareRank(ad.adId(), needed, ad.quality(), below.adId(), below.bid(),
                        below.quality()) > 0) {
                    needed += 1;
                }
                price = Math.max(price, needed);
            }
            result.add(new Placement(ad.adId(), (int) price));
        }
        return result;
    }
}
