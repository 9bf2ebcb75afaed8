// Mutant: declares B the winner when the credits are equal
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

namespace {
// Index in the ranking of its first document not yet on the page, or -1 when it is used up.
int next_unshown(const std::vector<int>& ranking, int& cursor, const std::unordered_set<int>& seen) {
    while (cursor < static_cast<int>(ranking.size()) && seen.count(ranking[cursor])) ++cursor;
    return cursor < static_cast<int>(ranking.size()) ? cursor : -1;
}
}  // namespace

Interleaving team_draft_interleave(const std::vector<int>& ranking_a, const std::vector<int>& ranking_b, int k,
                                   const std::vector<bool>& coins, const std::vector<int>& clicks) {
    const std::vector<int>* rankings[2] = {&ranking_a, &ranking_b};
    int cursor[2] = {0, 0};  // next position to look at in each ranking
    int picked[2] = {0, 0};  // documents each team has put on the page
    std::vector<int> shown;
    std::string teams;
    std::unordered_set<int> seen;
    std::size_t coin_index = 0;
    while (static_cast<int>(shown.size()) < k) {
        int team;
        if (picked[0] == picked[1]) team = coins[coin_index++] ? 0 : 1;
        else team = picked[0] < picked[1] ? 0 : 1;  // the team that is behind
        int pos = next_unshown(*rankings[team], cursor[team], seen);
        if (pos < 0) {
            team = 1 - team;  // this ranking is used up: the other team picks
            pos = next_unshown(*rankings[team], cursor[team], seen);
            if (pos < 0) break;
        }
        const int doc = (*rankings[team])[pos];
        shown.push_back(doc);
        teams.push_back(team == 0 ? 'A' : 'B');
        seen.insert(doc);
        ++picked[team];
    }
    int credit[2] = {0, 0};
    const std::set<int> clicked(clicks.begin(), clicks.end());  // a repeated click counts once
    for (int position : clicked) ++credit[teams[position] == 'A' ? 0 : 1];
    const std::string winner = credit[0] > credit[1] ? "A" : credit[1] >= credit[0] ? "B" : "tie";
    return {shown, teams, credit[0], credit[1], winner};
}
