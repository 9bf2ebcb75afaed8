import java.util.*;

// Provided by the harness (do not redefine):
//   record CacheNode(String name, int replicas) {}            // JSON {"name", "replicas"}
//   record Rebalance(int moved, Map<String, Integer> loadAfter) {} // JSON {"moved", "load_after"}

class Solution {
    public Rebalance rebalanceRing(CacheNode[] nodesBefore, CacheNode[] nodesAfter, String[] keys) {
        // Hash with 32-bit unsigned FNV-1a; mind that Java's int is signed.
        // Return the keys whose node changed and every after-node's key count, 0 included.
        return new Rebalance(0, new HashMap<>());
    }
}
