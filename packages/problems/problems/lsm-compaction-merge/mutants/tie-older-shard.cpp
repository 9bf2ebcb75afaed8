// Mutant: breaks timestamp ties toward the older shard (lower index)
#include <functional>
#include <queue>
#include <string>
#include <utility>
#include <vector>

std::vector<Put> compact_shards(const std::vector<std::vector<Put>>& shards) {
    // Cursors (shard, position), ordered by the key they point at, then by shard; the comparator
    // says "a comes after b" because std::priority_queue keeps its largest element on top.
    using Cursor = std::pair<int, size_t>;
    auto after = [&shards](const Cursor& a, const Cursor& b) {
        const std::string& ka = shards[a.first][a.second].key;
        const std::string& kb = shards[b.first][b.second].key;
        return ka != kb ? ka > kb : a.first > b.first;
    };
    std::priority_queue<Cursor, std::vector<Cursor>, decltype(after)> heap(after);
    for (int s = 0; s < static_cast<int>(shards.size()); ++s) {
        if (!shards[s].empty()) heap.push({s, 0});
    }
    std::vector<Put> result;
    while (!heap.empty()) {
        const std::string key = shards[heap.top().first][heap.top().second].key;
        const Put* best = nullptr;
        while (!heap.empty()) {
            const auto [s, i] = heap.top();
            const Put& write = shards[s][i];
            if (write.key != key) break;
            heap.pop();
            // Shards pop in increasing index, so >= lets a newer shard win a timestamp tie.
            if (best == nullptr || write.timestamp > best->timestamp) best = &write;
            if (i + 1 < shards[s].size()) heap.push({s, i + 1});
        }
        if (!best->value.empty()) result.push_back(*best);
    }
    return result;
}
