// Mutant: greedy, word by word: takes the best tag for each word given the tag already chosen before it
#include <limits>

Tagging viterbi_tags(const std::vector<double>& start, const std::vector<std::vector<double>>& trans,
                     const std::vector<std::vector<double>>& emit, const std::vector<int>& words) {
    const double kImpossible = -std::numeric_limits<double>::infinity();
    const size_t n = words.size(), num_tags = start.size();
    if (n == 0) return {{}, 0.0};
    std::vector<int> tags(n);
    double total = 0;
    for (size_t k = 0; k < n; ++k) {
        int arg = 0;
        double top = kImpossible;
        for (size_t j = 0; j < num_tags; ++j) {
            double s = (k == 0 ? start[j] : trans[tags[k - 1]][j]) + emit[j][words[k]];
            if (s > top) {
                top = s;
                arg = static_cast<int>(j);
            }
        }
        tags[k] = arg;
        total += top;
    }
    if (total == kImpossible) return {{}, kImpossible};
    return {tags, total};
}
