import java.util.*;

// Provided by the harness, do not redefine:
//   record Suggestion(int candidate, int mutual)    (returned as [candidate, mutual])

class Solution {
    public Suggestion[] suggestFriends(int n, int[][] edges, int user, int k) {
        // edges[i] = {a, b}: a and b are friends (may repeat, may be {a, a}).
        // Return up to k suggestions, most mutual friends first, then smaller id.
        return new Suggestion[0];
    }
}
