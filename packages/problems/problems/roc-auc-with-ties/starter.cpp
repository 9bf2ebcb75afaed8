#include <optional>
#include <vector>

std::optional<double> roc_auc(const std::vector<double>& scores, const std::vector<int>& labels) {
    // Return the ROC AUC by rank sum (ties count one half), or std::nullopt if a class is missing.
    return std::nullopt;
}
