// Mutant: compares every key with every virtual point (O(K P)): correct output, too slow on the large case
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

    record Points(long[] hash, String[] name, int[] index) {}

    static Points pointsOf(CacheNode[] nodes) {
        int total = 0;
        for (CacheNode node : nodes) total += node.replicas();
        long[] hash = new long[total];
        String[] name = new String[total];
        int[] index = new int[total];
        int p = 0;
        for (CacheNode node : nodes) {
            for (int i = 0; i < node.replicas(); i++) {
                hash[p] = fnv1a(node.name() + "#" + i);
                name[p] = node.name();
                index[p++] = i;
            }
        }
        return new Points(hash, name, index);
    }

    static boolean precedes(Points ps, int a, int b) {
        if (ps.hash()[a] != ps.hash()[b]) return ps.hash()[a] < ps.hash()[b];
        int c = ps.name()[a].compareTo(ps.name()[b]);
        if (c != 0) return c < 0;
        return ps.index()[a] < ps.index()[b];
    }

    static String ownerOf(Points ps, long h) {
        int best = -1, lowest = -1;
        for (int p = 0; p < ps.hash().length; p++) {
            if (lowest < 0 || precedes(ps, p, lowest)) lowest = p;
            if (ps.hash()[p] >= h && (best < 0 || precedes(ps, p, best))) best = p;
        }
        return ps.name()[best >= 0 ? best : lowest];
    }

    public Rebalance rebalanceRing(CacheNode[] nodesBefore, CacheNode[] nodesAfter, String[] keys) {
        Points before = pointsOf(nodesBefore);
        Points after = pointsOf(nodesAfter);
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
