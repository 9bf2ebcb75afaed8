import java.util.*;

// Provided by the harness (do not redefine): record ItemScore(String item, double score) {}

class Solution {
    public ItemScore[] recommendItems(String[][] userBoards, String[][] boardItems,
            String[][] userItems, String user, double alpha, int iterations, int n) {
        // Return the top-n unseen (item, score) pairs by random walk with restart from `user`.
        return new ItemScore[0];
    }
}
