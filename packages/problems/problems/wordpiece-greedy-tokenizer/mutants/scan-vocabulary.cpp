// Mutant: finds each piece by looping over the whole vocabulary at every position, O(N * V) instead of hashed lookups
#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

std::vector<int> wordpiece_encode(const std::vector<std::string>& vocab, const std::string& text,
                                  const std::string& unk_token, int max_word_len) {
    const int unk_id =
        static_cast<int>(std::find(vocab.begin(), vocab.end(), unk_token) - vocab.begin());
    std::vector<int> out;
    std::istringstream words(text);
    std::string word;
    while (words >> word) {
        if (static_cast<int>(word.size()) > max_word_len) {
            out.push_back(unk_id);
            continue;
        }
        std::vector<int> pieces;
        std::size_t start = 0;
        bool failed = false;
        while (start < word.size()) {
            int best = -1;
            std::size_t best_len = 0;
            for (std::size_t i = 0; i < vocab.size(); i++) {
                const std::string& entry = vocab[i];
                std::size_t offset = 0;
                if (start > 0) {
                    if (entry.size() <= 2 || entry[0] != '#' || entry[1] != '#') continue;
                    offset = 2;
                }
                const std::size_t len = entry.size() - offset;
                if (len > best_len && start + len <= word.size() &&
                    word.compare(start, len, entry, offset, len) == 0) {
                    best = static_cast<int>(i);
                    best_len = len;
                }
            }
            if (best < 0) {
                failed = true;
                break;
            }
            pieces.push_back(best);
            start += best_len;
        }
        if (failed) out.push_back(unk_id);
        else out.insert(out.end(), pieces.begin(), pieces.end());
    }
    return out;
}
