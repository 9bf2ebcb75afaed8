import java.util.*;

// Provided by the harness (do not redefine them):
//   record Interaction(String user, String item, double weight) {}
//   record Recommendation(String item, double score) {}

class Solution {
    // Return up to n (item, score) pairs of unseen items, scored by item-item cosine similarity.
    public Recommendation[] recommendItems(Interaction[] interactions, String user, int n) {
        return new Recommendation[0];
    }
}
