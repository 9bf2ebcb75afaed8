// Mutant: scores every one of the T^n taggings; right answers, far too slow for the query with 3000 words
#include <limits>

Tagging viterbi_tags(const std::vector<double>& start, const std::vector<std::vector<double>>& trans,
                     const std::vector<std::vector<double>>& emit, const std::vector<int>& words) {
    const double kImpossible = -std::numeric_limits<double>::infinity();
    const size_t n = words.size(), num_tags = start.size();
    if (n == 0) return {{}, 0.0};
    double best = kImpossible;
    std::vector<int> best_tags, tags(n, 0);
    bool found = false;
    for (;;) {
        double score = start[tags[0]] + emit[tags[0]][words[0]];
        for (size_t k = 1; k < n; ++k) score += trans[tags[k - 1]][tags[k]] + emit[tags[k]][words[k]];
        if (score > best) {
            best = score;
            best_tags = tags;
            found = true;
        }
        size_t k = 0;
        while (k < n && tags[k] == static_cast<int>(num_tags) - 1) tags[k++] = 0;
        if (k == n) break;
        ++tags[k];
    }
    if (!found) return {{}, kImpossible};
    return {best_tags, best};
}
