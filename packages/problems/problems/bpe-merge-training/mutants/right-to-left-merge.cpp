// Mutant: merges from right to left, so "a a a" becomes "a aa"
#include <functional>
#include <queue>
#include <sstream>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace {

using Pair = std::pair<std::string, std::string>;

struct PairHash {
    std::size_t operator()(const Pair& p) const {
        const std::size_t h = std::hash<std::string>{}(p.first);
        return h ^ (std::hash<std::string>{}(p.second) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2));
    }
};

// A heap entry; stale ones (whose count changed after the push) are skipped when popped.
struct Entry {
    long long count;
    Pair pair;
};

// std::priority_queue pops the largest: most frequent first, then the smaller left symbol,
// then the smaller right one (std::string compares bytes, code-point order for ASCII).
struct RanksBelow {
    bool operator()(const Entry& a, const Entry& b) const {
        if (a.count != b.count) return a.count < b.count;
        return a.pair > b.pair;
    }
};

std::vector<std::string> apply_merge(const std::vector<std::string>& symbols, const Pair& pair) {
    std::vector<std::string> out;
    out.reserve(symbols.size());
    for (std::size_t i = symbols.size(); i-- > 0;) {
        if (i > 0 && symbols[i - 1] == pair.first && symbols[i] == pair.second) {
            out.push_back(pair.first + pair.second);
            --i;
        } else {
            out.push_back(symbols[i]);
        }
    }
    return {out.rbegin(), out.rend()};
}

std::vector<std::string> words(const std::string& line) {
    std::istringstream in(line);
    std::vector<std::string> out;
    for (std::string word; in >> word;) out.push_back(word);
    return out;
}

}  // namespace

BpeResult train_bpe(const std::vector<std::string>& corpus, int num_merges) {
    // Work on distinct words weighted by frequency: a merge only touches the words holding its pair.
    std::unordered_map<std::string, int> word_index;
    std::vector<std::vector<std::string>> pieces;
    std::vector<long long> weight;
    for (const std::string& line : corpus) {
        for (const std::string& word : words(line)) {
            const auto [it, added] = word_index.emplace(word, static_cast<int>(pieces.size()));
            if (added) {
                std::vector<std::string> chars;
                for (char c : word) chars.emplace_back(1, c);
                pieces.push_back(std::move(chars));
                weight.push_back(1);
            } else {
                ++weight[it->second];
            }
        }
    }

    std::unordered_map<Pair, long long, PairHash> count;
    std::unordered_map<Pair, std::unordered_set<int>, PairHash> holders;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        const auto& symbols = pieces[i];
        for (std::size_t j = 0; j + 1 < symbols.size(); ++j) {
            Pair pair{symbols[j], symbols[j + 1]};
            count[pair] += weight[i];
            holders[pair].insert(static_cast<int>(i));
        }
    }
    std::priority_queue<Entry, std::vector<Entry>, RanksBelow> heap;
    for (const auto& [pair, c] : count) heap.push({c, pair});

    BpeResult result;
    while (static_cast<int>(result.merges.size()) < num_merges && !heap.empty()) {
        const Entry top = heap.top();
        heap.pop();
        const auto current = count.find(top.pair);
        if (current == count.end() || current->second != top.count) continue;
        if (top.count < 2) break;
        result.merges.push_back({top.pair.first, top.pair.second});
        std::unordered_map<Pair, long long, PairHash> delta;
        const auto held = holders.extract(top.pair);
        for (int i : held.mapped()) {
            const std::vector<std::string>& old = pieces[i];
            std::vector<std::string> next = apply_merge(old, top.pair);
            if (next.size() == old.size()) continue;  // an earlier merge took the pair out
            for (std::size_t j = 0; j + 1 < old.size(); ++j) {
                delta[{old[j], old[j + 1]}] -= weight[i];
            }
            for (std::size_t j = 0; j + 1 < next.size(); ++j) {
                Pair pair{next[j], next[j + 1]};
                delta[pair] += weight[i];
                holders[pair].insert(i);
            }
            pieces[i] = std::move(next);
        }
        for (const auto& [pair, d] : delta) {
            if (d == 0) continue;
            const long long updated = (count[pair] += d);
            if (updated == 0) {
                count.erase(pair);
            } else {
                heap.push({updated, pair});
            }
        }
    }

    result.tokens.reserve(corpus.size());
    for (const std::string& line : corpus) {
        std::vector<std::string> symbols;
        for (const std::string& word : words(line)) {
            const auto& word_pieces = pieces[word_index.at(word)];
            symbols.insert(symbols.end(), word_pieces.begin(), word_pieces.end());
        }
        result.tokens.push_back(std::move(symbols));
    }
    return result;
}
