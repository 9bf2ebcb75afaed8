#include <string>
#include <vector>

// rankings[j] is one retriever's ids, best first (rank 1). Score each id by the sum of
// 1 / (c + rank) over the lists it appears in, and return the m best ids.
std::vector<std::string> reciprocal_rank_fusion(const std::vector<std::vector<std::string>>& rankings,
                                                int c, int m) {
    return {};
}
