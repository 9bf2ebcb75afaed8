// Mutant: predicts the fitted value of the score just below, with no interpolation
#include <algorithm>
#include <map>
#include <utility>
#include <vector>

namespace {
struct Block {
    double clicked;
    double weight;
    int covered;  // distinct scores the block spans
};
}  // namespace

std::vector<double> calibrate_ctr(const std::vector<double>& scores, const std::vector<int>& clicks,
                                  const std::vector<double>& weights,
                                  const std::vector<double>& query_scores) {
    // Equal scores must get one value, so pool them first: weighted clicks and weight per score,
    // kept in score order.
    std::map<double, std::pair<double, double>> pooled;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        auto& acc = pooled[scores[i]];
        acc.first += weights[i] * clicks[i];
        acc.second += weights[i];
    }
    std::vector<double> xs;
    xs.reserve(pooled.size());

    // Pool adjacent violators over the distinct scores.
    std::vector<Block> blocks;
    for (const auto& [x, acc] : pooled) {
        xs.push_back(x);
        blocks.push_back({acc.first, acc.second, 1});
        while (blocks.size() > 1) {
            Block& a = blocks[blocks.size() - 2];
            const Block& b = blocks.back();
            if (a.clicked / a.weight <= b.clicked / b.weight) break;
            a.clicked += b.clicked;
            a.weight += b.weight;
            a.covered += b.covered;
            blocks.pop_back();
        }
    }
    std::vector<double> fitted;
    fitted.reserve(xs.size());
    for (const Block& b : blocks) fitted.insert(fitted.end(), b.covered, b.clicked / b.weight);

    auto predict = [&](double x) {
        if (x <= xs.front()) return fitted.front();
        if (x >= xs.back()) return fitted.back();
        const std::size_t hi = std::upper_bound(xs.begin(), xs.end(), x) - xs.begin();
        const std::size_t lo = hi - 1;  // xs[lo] <= x < xs[hi]
        if (xs[lo] == x) return fitted[lo];
        return fitted[lo];
    };
    std::vector<double> result;
    result.reserve(query_scores.size());
    for (double q : query_scores) result.push_back(predict(q));
    return result;
}
