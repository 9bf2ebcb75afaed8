// Mutant: keeps the ring in a TreeMap from hash to node, so put lets the node listed last win a tie
import java.util.*;

class Solution {
    static long fnv1a(String s) {
        int h = 0x811C9DC5;
        for (int j = 0; j < s.length(); j++) {
            h ^= s.charAt(j);
            h *= 16777619;
        }
        return Integer.toUnsignedLong(h);
    }

    static TreeMap<Long, String> ringOf(CacheNode[] nodes) {
        TreeMap<Long, String> ring = new TreeMap<>();
        for (CacheNode node : nodes) {
            for (int i = 0; i < node.replicas(); i++) ring.put(fnv1a(node.name() + "#" + i), node.name());
        }
        return ring;
    }

    static String ownerOf(TreeMap<Long, String> ring, long h) {
        Map.Entry<Long, String> e = ring.ceilingEntry(h);
        return (e != null ? e : ring.firstEntry()).getValue();
    }

    public Rebalance rebalanceRing(CacheNode[] nodesBefore, CacheNode[] nodesAfter, String[] keys) {
        TreeMap<Long, String> before = ringOf(nodesBefore);
        TreeMap<Long, String> after = ringOf(nodesAfter);
        Map<String, Integer> load = new HashMap<>();
        for (CacheNode node : nodesAfter) load.put(node.name(), 0);
        int moved = 0;
        for (String key : keys) {
            long h = fnv1a(key);
            String now = ownerOf(after, h);
            if (!ownerOf(before, h).equals(now)) moved++;
            load.merge(now, 1, Integer::sum);
        }
        return new Rebalance(moved, load);
    }
}
