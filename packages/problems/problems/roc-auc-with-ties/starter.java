import java.util.*;

class Solution {
    public Double rocAuc(double[] scores, int[] labels) {
        // Return the ROC AUC by rank sum (ties count one half), or null if a class is missing.
        return null;
    }
}
