#include <vector>

// boxes[i] = {x1, y1, x2, y2}. Return the indices kept by per-class greedy NMS,
// highest score first.
std::vector<int> non_max_suppression(const std::vector<std::vector<double>>& boxes,
                                     const std::vector<double>& scores,
                                     const std::vector<int>& classes, double iou_threshold) {
    return {};
}
