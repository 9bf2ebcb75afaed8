// Mutant: builds the map by assigning every index, so a duplicated entry ends up with its last index
#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::vector<int> wordpiece_encode(const std::vector<std::string>& vocab, const std::string& text,
                                  const std::string& unk_token, int max_word_len) {
    std::unordered_map<std::string, int> ids;
    ids.reserve(vocab.size() * 2);
    std::size_t longest = 0;
    for (std::size_t i = 0; i < vocab.size(); i++) {
        // emplace keeps the existing id, so the first occurrence of a duplicate wins.
        ids[vocab[i]] = static_cast<int>(i);
        longest = std::max(longest, vocab[i].size());
    }
    const int unk_id = ids.at(unk_token);
    std::vector<int> out;
    std::vector<int> pieces;
    std::string candidate;
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        while (i < n && is_space(text[i])) i++;
        std::size_t j = i;
        while (j < n && !is_space(text[j])) j++;
        if (j == i) break;
        const std::size_t word_start = i;
        const std::size_t word_len = j - i;
        i = j;
        if (word_len > static_cast<std::size_t>(max_word_len)) {
            out.push_back(unk_id);
            continue;
        }
        pieces.clear();
        std::size_t start = 0;
        bool failed = false;
        while (start < word_len) {
            // No entry is longer than `longest`, so longer candidates cannot match.
            std::size_t end = std::min(word_len, start + longest);
            int found = -1;
            while (end > start) {
                candidate.assign(start == 0 ? "" : "##");
                candidate.append(text, word_start + start, end - start);
                auto it = ids.find(candidate);
                if (it != ids.end()) {
                    found = it->second;
                    break;
                }
                end--;
            }
            if (found < 0) {
                failed = true;
                break;
            }
            pieces.push_back(found);
            start = end;
        }
        // A word that cannot be covered is unknown as a whole, not just its remainder.
        if (failed) out.push_back(unk_id);
        else out.insert(out.end(), pieces.begin(), pieces.end());
    }
    return out;
}
