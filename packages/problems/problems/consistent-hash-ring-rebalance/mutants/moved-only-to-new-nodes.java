// Mutant: counts as moved only the keys that land on a node absent before, missing keys of removed nodes
import java.util.*;

class Solution {
    // 2166136261 and 16777619 as int bits: int multiplication wraps modulo 2^32 exactly like
    // uint32, only comparisons need the unsigned view (Integer.toUnsignedLong).
    static final int FNV_OFFSET = 0x811C9DC5;
    static final int FNV_PRIME = 16777619;
    // A point packed as hash << 19 | name rank << 10 | index: sorting the longs sorts by hash,
    // then node name, then index (at most 500 names and 1000 replicas fit in 19 bits).
    static final int LOW_BITS = 19;

    static int fnv1a(String s, int h) {
        for (int j = 0; j < s.length(); j++) {
            h ^= s.charAt(j); // keys and names are ASCII: one byte per char
            h *= FNV_PRIME;
        }
        return h;
    }

    /** The ring of one fleet: sorted packed points and the node name of each point. */
    static final class Ring {
        final long[] points;
        final String[] owner;

        Ring(CacheNode[] nodes) {
            String[] names = new String[nodes.length];
            for (int r = 0; r < nodes.length; r++) names[r] = nodes[r].name();
            Arrays.sort(names); // ASCII, so UTF-16 order is code-point order
            Map<String, Integer> rank = new HashMap<>();
            for (int r = 0; r < names.length; r++) rank.put(names[r], r);
            int total = 0;
            for (CacheNode node : nodes) total += node.replicas();
            points = new long[total];
            int p = 0;
            for (CacheNode node : nodes) {
                int prefix = fnv1a(node.name() + "#", FNV_OFFSET);
                long r = rank.get(node.name());
                for (int i = 0; i < node.replicas(); i++) {
                    long h = Integer.toUnsignedLong(fnv1a(Integer.toString(i), prefix));
                    points[p++] = h << LOW_BITS | r << 10 | i;
                }
            }
            Arrays.sort(points);
            owner = new String[total];
            for (int j = 0; j < total; j++) owner[j] = names[(int) ((points[j] >>> 10) & 511)];
        }

        /** The node of the first point with hash >= h, wrapping past the last point. */
        String ownerOf(long h) {
            long target = h << LOW_BITS;
            int lo = 0, hi = points.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (points[mid] < target) lo = mid + 1;
                else hi = mid;
            }
            return owner[lo == points.length ? 0 : lo];
        }
    }

    public Rebalance rebalanceRing(CacheNode[] nodesBefore, CacheNode[] nodesAfter, String[] keys) {
        Ring before = new Ring(nodesBefore);
        Ring after = new Ring(nodesAfter);
        Map<String, Integer> load = new HashMap<>();
        for (CacheNode node : nodesAfter) load.put(node.name(), 0);
        Set<String> oldNames = new HashSet<>();
        for (CacheNode node : nodesBefore) oldNames.add(node.name());
        int moved = 0;
        for (String key : keys) {
            long h = Integer.toUnsignedLong(fnv1a(key, FNV_OFFSET));
            String now = after.ownerOf(h);
            if (!oldNames.contains(now)) moved++;
            load.merge(now, 1, Integer::sum);
        }
        return new Rebalance(moved, load);
    }
}
