#include <limits>

Tagging viterbi_tags(const std::vector<double>& start, const std::vector<std::vector<double>>& trans,
                     const std::vector<std::vector<double>>& emit, const std::vector<int>& words) {
    const double kImpossible = -std::numeric_limits<double>::infinity();
    const size_t n = words.size(), num_tags = start.size();
    if (n == 0) return {{}, 0.0};
    // best[j]: highest log-probability of a tagging of words[0..k] that ends in tag j.
    std::vector<double> best(num_tags), next(num_tags);
    for (size_t j = 0; j < num_tags; ++j) best[j] = start[j] + emit[j][words[0]];
    // back[k][j]: the previous tag on that best tagging.
    std::vector<std::vector<int>> back(n, std::vector<int>(num_tags, 0));
    for (size_t k = 1; k < n; ++k) {
        for (size_t j = 0; j < num_tags; ++j) {
            int arg = 0;
            double top = kImpossible;
            for (size_t i = 0; i < num_tags; ++i) {
                // Strictly greater keeps the lowest previous tag on ties.
                const double candidate = best[i] + trans[i][j];
                if (candidate > top) {
                    top = candidate;
                    arg = static_cast<int>(i);
                }
            }
            next[j] = top + emit[j][words[k]];
            back[k][j] = arg;
        }
        best.swap(next);
    }
    size_t last = 0;
    for (size_t j = 1; j < num_tags; ++j)
        if (best[j] > best[last]) last = j;
    if (best[last] == kImpossible) return {{}, kImpossible};
    std::vector<int> tags(n);
    tags[n - 1] = static_cast<int>(last);
    for (size_t k = n - 1; k > 0; --k) tags[k - 1] = back[k][tags[k]];
    return {tags, best[last]};
}
