// Mutant: reverses the whole comparator, so counts come ascending and ties in descending item order
import java.util.*;

class Solution {
    public ItemCount[][] slidingHeavyHitters(Event[] events, long window, int percent,
            long[] queries) {
        Map<String, Integer> counts = new HashMap<>();
        // Events inside the window are events[head..tail); both pointers only move forward.
        int head = 0;
        int tail = 0;
        ItemCount[][] answers = new ItemCount[queries.length][];
        for (int k = 0; k < queries.length; k++) {
            long q = queries[k];
            while (tail < events.length && events[tail].time() <= q) {
                counts.merge(events[tail].item(), 1, Integer::sum);
                tail++;
            }
            while (head < tail && events[head].time() <= q - window) {
                // Dropping an item at 0 keeps the map as small as the window.
                counts.computeIfPresent(events[head].item(), (item, c) -> c == 1 ? null : c - 1);
                head++;
            }
            long total = tail - head;
            List<ItemCount> heavy = new ArrayList<>();
            counts.forEach((item, c) -> {
                if (100L * c >= (long) percent * total) heavy.add(new ItemCount(item, c));
            });
            heavy.sort(Comparator.comparingInt(ItemCount::count)
                    .thenComparing(ItemCount::item).reversed());
            answers[k] = heavy.toArray(new ItemCount[0]);
        }
        return answers;
    }
}
