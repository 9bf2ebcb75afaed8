// Mutant: emits the winning deletions as rows with an empty value instead of dropping the key
import java.util.*;

class Solution {
    public Put[] compactShards(Put[][] shards) {
        // Cursors {shard, position}, ordered by the key they point at, then by shard.
        PriorityQueue<int[]> heap = new PriorityQueue<>((a, b) -> {
            int byKey = shards[a[0]][a[1]].key().compareTo(shards[b[0]][b[1]].key());
            return byKey != 0 ? byKey : Integer.compare(a[0], b[0]);
        });
        for (int s = 0; s < shards.length; s++) {
            if (shards[s].length > 0) heap.add(new int[] {s, 0});
        }
        List<Put> result = new ArrayList<>();
        while (!heap.isEmpty()) {
            int[] head = heap.peek();
            String key = shards[head[0]][head[1]].key();
            Put best = null;
            while (!heap.isEmpty()) {
                int[] cursor = heap.peek();
                Put write = shards[cursor[0]][cursor[1]];
                if (!write.key().equals(key)) break;
                heap.poll();
                // Shards pop in increasing index, so >= lets a newer shard win a timestamp tie.
                if (best == null || write.timestamp() >= best.timestamp()) best = write;
                if (cursor[1] + 1 < shards[cursor[0]].length) {
                    heap.add(new int[] {cursor[0], cursor[1] + 1});
                }
            }
            result.add(best);
        }
        return result.toArray(new Put[0]);
    }
}
