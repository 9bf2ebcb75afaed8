// Mutant: credits every click, so a double click counts twice
import java.util.*;

class Solution {
    public Interleaving teamDraftInterleave(int[] rankingA, int[] rankingB, int k, boolean[] coins, int[] clicks) {
        int[][] rankings = {rankingA, rankingB};
        int[] cursor = new int[2]; // next position to look at in each ranking
        int[] picked = new int[2]; // documents each team has put on the page
        List<Integer> shown = new ArrayList<>();
        StringBuilder teams = new StringBuilder();
        Set<Integer> seen = new HashSet<>();
        int coinIndex = 0;
        while (shown.size() < k) {
            int team;
            if (picked[0] == picked[1]) team = coins[coinIndex++] ? 0 : 1;
            else team = picked[0] < picked[1] ? 0 : 1; // the team that is behind
            int pos = nextUnshown(rankings[team], cursor, team, seen);
            if (pos < 0) {
                team = 1 - team; // this ranking is used up: the other team picks
                pos = nextUnshown(rankings[team], cursor, team, seen);
                if (pos < 0) break;
            }
            int doc = rankings[team][pos];
            shown.add(doc);
            teams.append(team == 0 ? 'A' : 'B');
            seen.add(doc);
            picked[team]++;
        }
        int[] credit = new int[2];
        Set<Integer> clicked = new HashSet<>();
        for (int position : clicks) {
            clicked.add(position);
            credit[teams.charAt(position) == 'A' ? 0 : 1]++; // a repeated click counts once
        }
        String winner = credit[0] > credit[1] ? "A" : credit[1] > credit[0] ? "B" : "tie";
        int[] shownArray = shown.stream().mapToInt(Integer::intValue).toArray();
        return new Interleaving(shownArray, teams.toString(), credit[0], credit[1], winner);
    }

    // Index in the ranking of its first document not yet on the page, or -1 when it is used up.
    private static int nextUnshown(int[] ranking, int[] cursor, int team, Set<Integer> seen) {
        while (cursor[team] < ranking.length && seen.contains(ranking[cursor[team]])) cursor[team]++;
        return cursor[team] < ranking.length ? cursor[team] : -1;
    }
}
