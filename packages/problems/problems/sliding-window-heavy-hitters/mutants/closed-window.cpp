// Mutant: keeps an event exactly W old (drops only t < q - W)
#include <algorithm>
#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

std::vector<std::vector<ItemCount>> sliding_heavy_hitters(const std::vector<Event>& events,
                                                          long long window, int percent,
                                                          const std::vector<long long>& queries) {
    std::unordered_map<std::string, int> counts;
    // Events inside the window are events[head..tail); both indices only move forward.
    std::size_t head = 0;
    std::size_t tail = 0;
    std::vector<std::vector<ItemCount>> answers;
    answers.reserve(queries.size());
    for (long long q : queries) {
        while (tail < events.size() && events[tail].time <= q) {
            ++counts[events[tail].item];
            ++tail;
        }
        while (head < tail && events[head].time < q - window) {
            auto it = counts.find(events[head].item);
            if (--it->second == 0) counts.erase(it);  // keep the map as small as the window
            ++head;
        }
        const long long total = static_cast<long long>(tail - head);
        std::vector<ItemCount> heavy;
        for (const auto& [item, c] : counts)
            if (100LL * c >= percent * total) heavy.push_back({item, c});
        std::sort(heavy.begin(), heavy.end(), [](const ItemCount& a, const ItemCount& b) {
            return a.count != b.count ? a.count > b.count : a.item < b.item;
        });
        answers.push_back(std::move(heavy));
    }
    return answers;
}
