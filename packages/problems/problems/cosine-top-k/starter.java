import java.util.*;

// Provided by the harness, do not redefine:
//   record ScoredDoc(int doc, double similarity)    (returned as [doc, similarity])

class Solution {
    public ScoredDoc[] cosineTopK(double[] query, double[][] docs, int k) {
        // Return the k (doc index, rounded cosine similarity) pairs most similar to the query.
        return new ScoredDoc[0];
    }
}
