// Mutant: picks each slot's winner with a fresh scan of the remaining ads, O(n * slots); right answers, too slow for the largest case
import java.util.*;

class Solution {
    // Negative when a ranks above b: rank score, then quality, then id in code-point order.
    private static int compareRank(String idA, long bidA, int qualityA, String idB, long bidB,
            int qualityB) {
        int byScore = Long.compare(bidB * qualityB, bidA * qualityA);
        if (byScore != 0) return byScore;
        if (qualityA != qualityB) return Integer.compare(qualityB, qualityA);
        return idA.compareTo(idB);
    }

    public List<Placement> priceAdSlots(Ad[] ads, int slots, int reserve) {
        List<Ad> remaining = new ArrayList<>();
        for (Ad ad : ads) {
            if (ad.bid() >= reserve) remaining.add(ad);
        }
        List<Ad> ranked = new ArrayList<>();
        while (ranked.size() <= slots && !remaining.isEmpty()) {
            int best = 0;
            for (int i = 1; i < remaining.size(); i++) {
                Ad a = remaining.get(i);
                Ad b = remaining.get(best);
                if (compareRank(a.adId(), a.bid(), a.quality(), b.adId(), b.bid(), b.quality()) < 0) {
                    best = i;
                }
            }
            ranked.add(remaining.get(best));
            remaining.set(best, remaining.get(remaining.size() - 1));
            remaining.remove(remaining.size() - 1);
        }
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
