// Mutant: compares every key with every virtual point (O(K P)): correct output, too slow on the large case
#include <cstdint>
#include <map>
#include <string>
#include <tuple>
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

struct Point {
    std::uint32_t hash;
    std::string name;
    int index;
};

bool precedes(const Point& a, const Point& b) {
    return std::tie(a.hash, a.name, a.index) < std::tie(b.hash, b.name, b.index);
}

std::vector<Point> points_of(const std::vector<CacheNode>& nodes) {
    std::vector<Point> points;
    for (const auto& node : nodes)
        for (int i = 0; i < node.replicas; ++i)
            points.push_back({fnv1a(node.name + "#" + std::to_string(i)), node.name, i});
    return points;
}

const std::string& owner_of(const std::vector<Point>& points, std::uint32_t h) {
    const Point* best = nullptr;
    const Point* lowest = nullptr;
    for (const auto& p : points) {
        if (!lowest || precedes(p, *lowest)) lowest = &p;
        if (p.hash >= h && (!best || precedes(p, *best))) best = &p;
    }
    return (best ? best : lowest)->name;
}
}  // namespace

Rebalance rebalance_ring(const std::vector<CacheNode>& nodes_before,
                         const std::vector<CacheNode>& nodes_after,
                         const std::vector<std::string>& keys) {
    const auto before = points_of(nodes_before);
    const auto after = points_of(nodes_after);
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
