// Mutant: calls a key hot only above the threshold (> instead of >=)
#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

JoinResult salted_join(const std::vector<Row>& left, const std::vector<Row>& right, int reducers,
                       int hot_threshold, int salts) {
    // Plain shuffle: every row of key k goes to reducer k mod R.
    std::vector<int> before(reducers, 0);
    for (const Row& row : left) ++before[row.key % reducers];
    for (const Row& row : right) ++before[row.key % reducers];

    std::unordered_map<int, int> left_count;
    for (const Row& row : left) ++left_count[row.key];
    std::unordered_set<int> hot;
    for (const auto& [key, count] : left_count)
        if (count > hot_threshold) hot.insert(key);

    // Salted shuffle: each reducer groups its rows by (key, salt) and joins the two sides.
    using Sides = std::pair<std::vector<std::string>, std::vector<std::string>>;
    std::vector<std::map<std::pair<int, int>, Sides>> inbox(reducers);
    std::vector<int> after(reducers, 0);
    std::unordered_map<int, int> seen_left;
    for (const Row& row : left) {
        int salt = 0;
        if (hot.count(row.key)) salt = seen_left[row.key]++ % salts;
        const int r = (row.key + salt) % reducers;
        inbox[r][{row.key, salt}].first.push_back(row.value);
        ++after[r];
    }
    for (const Row& row : right) {
        const int copies = hot.count(row.key) ? salts : 1;  // replicate to every salt
        for (int salt = 0; salt < copies; ++salt) {
            const int r = (row.key + salt) % reducers;
            inbox[r][{row.key, salt}].second.push_back(row.value);
            ++after[r];
        }
    }

    std::vector<JoinedRow> rows;
    for (const auto& groups : inbox) {
        for (const auto& [bucket, sides] : groups) {
            for (const std::string& lv : sides.first)
                for (const std::string& rv : sides.second) rows.push_back({bucket.first, lv, rv});
        }
    }
    std::sort(rows.begin(), rows.end(), [](const JoinedRow& a, const JoinedRow& b) {
        return std::tie(a.key, a.left_value, a.right_value) <
               std::tie(b.key, b.left_value, b.right_value);
    });

    return {std::move(rows), *std::max_element(before.begin(), before.end()),
            *std::max_element(after.begin(), after.end())};
}
