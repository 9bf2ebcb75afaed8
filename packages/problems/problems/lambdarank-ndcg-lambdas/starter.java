import java.util.*;

class Solution {
    // scores[d], labels[d]: the model's score and the graded label of document d.
    // Return one lambda per document, in input order.
    public double[] lambdarankLambdas(double[] scores, int[] labels, int k, double sigma) {
        return new double[scores.length];
    }
}
