import java.util.*;

class Solution {
    public RankingMetrics mrrAndRecallAtK(String[][] rankings, String[][] relevant, int k) {
        double rrTotal = 0.0;
        double recallTotal = 0.0;
        int counted = 0;
        for (int q = 0; q < rankings.length; q++) {
            Set<String> relSet = new HashSet<>(Arrays.asList(relevant[q]));
            if (relSet.isEmpty()) continue; // recall is undefined without relevant items: skip the query
            counted++;
            Set<String> found = new HashSet<>();
            int limit = Math.min(k, rankings[q].length);
            for (int pos = 1; pos <= limit; pos++) {
                String item = rankings[q][pos - 1];
                if (relSet.contains(item)) {
                    if (found.isEmpty()) rrTotal += 1.0 / pos;
                    found.add(item); // a repeated id is only counted once
                }
            }
            recallTotal += (double) found.size() / relSet.size();
        }
        if (counted == 0) return new RankingMetrics(0.0, 0.0);
        return new RankingMetrics(rrTotal / counted, recallTotal / counted);
    }
}
