// Mutant: scans every campaign for every auction, O(n * m); right answers, too slow for 100000 auctions and 60000 campaigns
#include <algorithm>
#include <vector>

std::vector<long long> run_auctions(const std::vector<std::vector<int>>& campaigns,
                                    const std::vector<int>& reserves) {
    const long long n = static_cast<long long>(reserves.size());
    std::vector<long long> spend(campaigns.size(), 0);
    for (long long i = 0; i < n; ++i) {
        int best = -1;
        long long second = 0;
        for (int j = 0; j < static_cast<int>(campaigns.size()); ++j) {
            const long long bid = campaigns[j][0];
            const long long budget = campaigns[j][1];
            if (budget - spend[j] < bid || spend[j] * n > budget * i || bid < reserves[i]) continue;
            if (best < 0 || bid > campaigns[best][0]) {
                if (best >= 0) second = campaigns[best][0];
                best = j;
            } else if (bid > second) {
                second = bid;
            }
        }
        if (best >= 0) spend[best] += std::max<long long>(reserves[i], second);
    }
    return spend;
}
