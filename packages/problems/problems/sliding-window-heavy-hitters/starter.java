import java.util.*;

// Provided by the harness (do not redefine):
//   record Event(long time, String item) {}     // JSON [time, item]
//   record ItemCount(String item, int count) {} // JSON [item, count]

class Solution {
    public ItemCount[][] slidingHeavyHitters(Event[] events, long window, int percent,
            long[] queries) {
        // For each query time, return the (item, count) pairs holding >= percent% of the window.
        return new ItemCount[queries.length][0];
    }
}
