#include <string>
#include <vector>

// struct Put { std::string key; long long timestamp; std::string value; }; is provided.
// shards[s] is sorted by key; an empty value is a deletion.
// Return the visible write of every live key, sorted by key.
std::vector<Put> compact_shards(const std::vector<std::vector<Put>>& shards) {
    return {};
}
