#include <string>
#include <vector>

// Provided by the harness (do not redefine):
//   struct Row { int key; std::string value; };                                // JSON [key, value]
//   struct JoinedRow { int key; std::string left_value; std::string right_value; };
//   struct JoinResult { std::vector<JoinedRow> rows; int max_load_before; int max_load_after; };

JoinResult salted_join(const std::vector<Row>& left, const std::vector<Row>& right, int reducers,
                       int hot_threshold, int salts) {
    // Simulate the salted reduce-side join; return rows and max reducer load before/after.
    return {{}, 0, 0};
}
