// Mutant: suppresses a box whose IoU equals the threshold (>= instead of >)
#include <algorithm>
#include <numeric>
#include <unordered_map>
#include <vector>

namespace {
using Box = std::vector<double>;

double area(const Box& b) { return (b[2] - b[0]) * (b[3] - b[1]); }

double iou(const Box& a, const Box& b) {
    const double inter_w = std::max(0.0, std::min(a[2], b[2]) - std::max(a[0], b[0]));
    const double inter_h = std::max(0.0, std::min(a[3], b[3]) - std::max(a[1], b[1]));
    const double inter = inter_w * inter_h;
    const double uni = area(a) + area(b) - inter;
    return uni > 0 ? inter / uni : 0.0;
}
}  // namespace

std::vector<int> non_max_suppression(const std::vector<Box>& boxes, const std::vector<double>& scores,
                                     const std::vector<int>& classes, double iou_threshold) {
    std::vector<int> order(boxes.size());
    std::iota(order.begin(), order.end(), 0);
    // Highest score first; the stable sort keeps equal scores in index order.
    std::stable_sort(order.begin(), order.end(), [&](int i, int j) { return scores[i] > scores[j]; });
    std::unordered_map<int, std::vector<int>> kept_by_class;
    std::vector<int> kept;
    for (int i : order) {
        // A box survives unless a kept box of its own class overlaps it by more than the threshold.
        std::vector<int>& same_class = kept_by_class[classes[i]];
        const bool keep = std::all_of(same_class.begin(), same_class.end(), [&](int j) {
            return iou(boxes[i], boxes[j]) < iou_threshold;
        });
        if (keep) {
            same_class.push_back(i);
            kept.push_back(i);
        }
    }
    return kept;
}
