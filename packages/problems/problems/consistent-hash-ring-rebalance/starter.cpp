#include <cstdint>
#include <map>
#include <string>
#include <vector>

// Provided by the harness (do not redefine):
//   struct CacheNode { std::string name; int replicas; };
//   struct Rebalance { int moved; std::map<std::string, int> load_after; };

Rebalance rebalance_ring(const std::vector<CacheNode>& nodes_before,
                         const std::vector<CacheNode>& nodes_after,
                         const std::vector<std::string>& keys) {
    // Hash with 32-bit unsigned FNV-1a (std::uint32_t wraps modulo 2^32).
    // Return the keys whose node changed and every after-node's key count, 0 included.
    return {0, {}};
}
