// Mutant: keeps the ring in a std::map from hash to node filled with emplace, so the node listed first wins a tie
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace {
std::uint32_t fnv1a(const std::string& s) {
    std::uint32_t h = 2166136261u;
    for (unsigned char b : s) {
        h ^= b;
        h *= 16777619u;
    }
    return h;
}

std::map<std::uint32_t, std::string> ring_of(const std::vector<CacheNode>& nodes) {
    std::map<std::uint32_t, std::string> ring;
    for (const auto& node : nodes)
        for (int i = 0; i < node.replicas; ++i)
            ring.emplace(fnv1a(node.name + "#" + std::to_string(i)), node.name);
    return ring;
}

const std::string& owner_of(const std::map<std::uint32_t, std::string>& ring, std::uint32_t h) {
    auto it = ring.lower_bound(h);
    return (it == ring.end() ? ring.begin() : it)->second;
}
}  // namespace

Rebalance rebalance_ring(const std::vector<CacheNode>& nodes_before,
                         const std::vector<CacheNode>& nodes_after,
                         const std::vector<std::string>& keys) {
    const auto before = ring_of(nodes_before);
    const auto after = ring_of(nodes_after);
    std::map<std::string, int> load;
    for (const auto& node : nodes_after) load[node.name] = 0;
    int moved = 0;
    for (const auto& key : keys) {
        const std::uint32_t h = fnv1a(key);
        const std::string& now = owner_of(after, h);
        if (owner_of(before, h) != now) ++moved;
        ++load[now];
    }
    return {moved, load};
}
