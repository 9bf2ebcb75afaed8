// Mutant: builds load_after from the owners only, so a node that receives no key is missing
#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace {
constexpr std::uint32_t kFnvOffset = 2166136261u;
constexpr std::uint32_t kFnvPrime = 16777619u;
// A point packed as hash << 19 | name rank << 10 | index: sorting the integers sorts by hash,
// then node name, then index (at most 500 names and 1000 replicas fit in 19 bits).
constexpr int kLowBits = 19;

std::uint32_t fnv1a(const std::string& s, std::uint32_t h = kFnvOffset) {
    for (unsigned char b : s) {
        h ^= b;
        h *= kFnvPrime;  // uint32_t arithmetic wraps modulo 2^32
    }
    return h;
}

struct Ring {
    std::vector<std::uint64_t> points;
    std::vector<const std::string*> owner;

    explicit Ring(const std::vector<CacheNode>& nodes) {
        std::vector<std::string> names;
        for (const auto& node : nodes) names.push_back(node.name);
        std::sort(names.begin(), names.end());  // byte order is code-point order for ASCII
        std::map<std::string, std::uint64_t> rank;
        for (std::size_t r = 0; r < names.size(); ++r) rank[names[r]] = r;
        for (const auto& node : nodes) {
            const std::uint32_t prefix = fnv1a(node.name + "#");
            const std::uint64_t r = rank[node.name];
            for (int i = 0; i < node.replicas; ++i) {
                const std::uint64_t h = fnv1a(std::to_string(i), prefix);
                points.push_back(h << kLowBits | r << 10 | static_cast<std::uint64_t>(i));
            }
        }
        std::sort(points.begin(), points.end());
        sorted_names = std::move(names);
        for (std::uint64_t p : points) owner.push_back(&sorted_names[(p >> 10) & 511]);
    }

    // The node of the first point with hash >= h, wrapping past the last point.
    const std::string& owner_of(std::uint32_t h) const {
        const std::uint64_t target = static_cast<std::uint64_t>(h) << kLowBits;
        auto it = std::lower_bound(points.begin(), points.end(), target);
        const std::size_t j = it == points.end() ? 0 : it - points.begin();
        return *owner[j];
    }

    std::vector<std::string> sorted_names;
};
}  // namespace

Rebalance rebalance_ring(const std::vector<CacheNode>& nodes_before,
                         const std::vector<CacheNode>& nodes_after,
                         const std::vector<std::string>& keys) {
    const Ring before(nodes_before);
    const Ring after(nodes_after);
    std::map<std::string, int> load;
    int moved = 0;
    for (const auto& key : keys) {
        const std::uint32_t h = fnv1a(key);
        const std::string& now = after.owner_of(h);
        if (before.owner_of(h) != now) ++moved;
        ++load[now];
    }
    return {moved, load};
}
