// Mutant: drops the hypotheses still open after max_len rounds instead of counting them as finished
#include <algorithm>
#include <cmath>
#include <limits>

namespace {
struct Hyp {
    double score;
    std::vector<int> tokens;
};
}  // namespace

Hypothesis beam_search(const std::vector<std::vector<double>>& logp, int start, int end, int beam_width,
                       int max_len, double alpha) {
    const double kNever = -std::numeric_limits<double>::infinity();
    std::vector<Hyp> beam{{0.0, {}}};
    std::vector<Hyp> finished;
    for (int round = 0; round < max_len && !beam.empty(); ++round) {
        std::vector<Hyp> candidates;
        for (const Hyp& hyp : beam) {
            const int last = hyp.tokens.empty() ? start : hyp.tokens.back();
            for (size_t token = 0; token < logp[last].size(); ++token) {
                const double lp = logp[last][token];
                if (lp == kNever) continue;
                Hyp next{hyp.score + lp, hyp.tokens};
                next.tokens.push_back(static_cast<int>(token));
                candidates.push_back(std::move(next));
            }
        }
        // Highest raw score first; equal scores: the lexicographically smaller sequence
        // (std::vector's operator< is lexicographic, a proper prefix first).
        std::sort(candidates.begin(), candidates.end(), [](const Hyp& a, const Hyp& b) {
            if (a.score != b.score) return a.score > b.score;
            return a.tokens < b.tokens;
        });
        if (static_cast<int>(candidates.size()) > beam_width) candidates.resize(beam_width);
        beam.clear();
        for (Hyp& hyp : candidates) {
            // A hypothesis that emits the end token leaves the beam for good.
            if (hyp.tokens.back() == end) finished.push_back(std::move(hyp));
            else beam.push_back(std::move(hyp));
        }
    }
    // Hypotheses still open after max_len rounds are complete too.
    const Hyp* best = nullptr;
    double best_norm = kNever;
    for (const Hyp& hyp : finished) {
        const double norm = hyp.score / std::pow(static_cast<double>(hyp.tokens.size()), alpha);
        if (best == nullptr || norm > best_norm || (norm == best_norm && hyp.tokens < best->tokens)) {
            best = &hyp;
            best_norm = norm;
        }
    }
    if (best == nullptr) return {{}, kNever};
    return {best->tokens, best_norm};
}
