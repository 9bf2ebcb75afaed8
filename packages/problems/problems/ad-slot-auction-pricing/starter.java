import java.util.*;

// Provided by the harness, do not redefine:
//   record Ad(String adId, int bid, int quality)    (an ad arrives as [ad_id, bid, quality])
//   record Placement(String adId, int price)        (returned as [ad_id, price])

class Solution {
    public List<Placement> priceAdSlots(Ad[] ads, int slots, int reserve) {
        // Return one Placement per slot, or null for a slot no ad fills.
        List<Placement> result = new ArrayList<>();
        return result;
    }
}
