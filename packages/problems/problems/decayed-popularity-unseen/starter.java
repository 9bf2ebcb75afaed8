import java.util.*;

// Provided by the harness, do not redefine:
//   record Event(int user, int item, int t)               (a JSON array [user, item, t])
//   record Recommendation(int item, double score)          (a JSON array [item, score])

class Solution {
    public Recommendation[] recommendPopular(Event[] events, int user, int now, double halfLife, int k) {
        // Return up to k recommendations, best first.
        return new Recommendation[0];
    }
}
