// Mutant: keeps every hash, of points and keys alike, in a signed int, so hashes at or above 2^31 are negative and sort first
// Equivalent: reading every hash as signed rotates the whole circle by 2^31 and keeps its cyclic order, and the first point at or after a key, wrapping around, depends only on that cyclic order
#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace {
int fnv1a(const std::string& s) {
    std::uint32_t h = 2166136261u;
    for (unsigned char b : s) {
        h ^= b;
        h *= 16777619u;
    }
    return static_cast<int>(h);
}

struct Ring {
    std::vector<std::pair<std::pair<int, std::string>, int>> points;  // ((hash, name), index)

    explicit Ring(const std::vector<CacheNode>& nodes) {
        for (const auto& node : nodes)
            for (int i = 0; i < node.replicas; ++i)
                points.push_back({{fnv1a(node.name + "#" + std::to_string(i)), node.name}, i});
        std::sort(points.begin(), points.end());
    }

    const std::string& owner_of(int h) const {
        auto it = std::lower_bound(points.begin(), points.end(), h,
                                   [](const auto& p, int v) { return p.first.first < v; });
        return (it == points.end() ? points.front() : *it).first.second;
    }
};
}  // namespace

Rebalance rebalance_ring(const std::vector<CacheNode>& nodes_before,
                         const std::vector<CacheNode>& nodes_after,
                         const std::vector<std::string>& keys) {
    const Ring before(nodes_before);
    const Ring after(nodes_after);
    std::map<std::string, int> load;
    for (const auto& node : nodes_after) load[node.name] = 0;
    int moved = 0;
    for (const auto& key : keys) {
        const int h = fnv1a(key);
        const std::string& now = after.owner_of(h);
        if (before.owner_of(h) != now) ++moved;
        ++load[now];
    }
    return {moved, load};
}
