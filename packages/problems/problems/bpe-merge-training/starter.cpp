#include <queue>
#include <string>
#include <unordered_map>
#include <vector>

// Provided by the harness, do not redefine:
//   struct Merge { std::string left; std::string right; };   (returned as [left, right])
//   struct BpeResult {
//       std::vector<Merge> merges;
//       std::vector<std::vector<std::string>> tokens;
//   };                                                       (returned as {"merges", "tokens"})

BpeResult train_bpe(const std::vector<std::string>& corpus, int num_merges) {
    // Learn up to num_merges BPE merges; return the merged pairs and each line's final symbols.
    return {};
}
