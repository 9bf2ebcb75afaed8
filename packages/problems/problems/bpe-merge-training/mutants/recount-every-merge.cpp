// Mutant: recounts every pair of the vocabulary and rewrites every word for each merge, O(merges * vocabulary)
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace {

std::vector<std::string> words(const std::string& line) {
    std::istringstream in(line);
    std::vector<std::string> out;
    for (std::string word; in >> word;) out.push_back(word);
    return out;
}

}  // namespace

BpeResult train_bpe(const std::vector<std::string>& corpus, int num_merges) {
    std::map<std::string, long long> freq;
    for (const std::string& line : corpus) {
        for (const std::string& word : words(line)) ++freq[word];
    }
    std::map<std::string, std::vector<std::string>> pieces;
    for (const auto& [word, f] : freq) {
        std::vector<std::string> chars;
        for (char c : word) chars.emplace_back(1, c);
        pieces[word] = chars;
    }
    BpeResult result;
    while (static_cast<int>(result.merges.size()) < num_merges) {
        // std::map keeps the pairs in (left, right) order, so the first of the highest count wins.
        std::map<std::pair<std::string, std::string>, long long> count;
        for (const auto& [word, symbols] : pieces) {
            for (std::size_t j = 0; j + 1 < symbols.size(); ++j) {
                count[{symbols[j], symbols[j + 1]}] += freq[word];
            }
        }
        if (count.empty()) break;
        auto best = count.begin();
        for (auto it = count.begin(); it != count.end(); ++it) {
            if (it->second > best->second) best = it;
        }
        if (best->second < 2) break;
        const std::string left = best->first.first;
        const std::string right = best->first.second;
        result.merges.push_back({left, right});
        for (auto& [word, symbols] : pieces) {
            std::vector<std::string> out;
            for (std::size_t i = 0; i < symbols.size(); ++i) {
                if (i + 1 < symbols.size() && symbols[i] == left && symbols[i + 1] == right) {
                    out.push_back(left + right);
                    ++i;
                } else {
                    out.push_back(symbols[i]);
                }
            }
            symbols = std::move(out);
        }
    }
    for (const std::string& line : corpus) {
        std::vector<std::string> symbols;
        for (const std::string& word : words(line)) {
            const auto& word_pieces = pieces[word];
            symbols.insert(symbols.end(), word_pieces.begin(), word_pieces.end());
        }
        result.tokens.push_back(std::move(symbols));
    }
    return result;
}
