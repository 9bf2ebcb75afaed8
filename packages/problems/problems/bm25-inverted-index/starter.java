import java.util.*;

// Provided by the harness, do not redefine:
//   record ScoredDoc(int doc, double score)    (returned as [doc, score])

class Solution {
    public ScoredDoc[] bm25TopK(String[][] docs, String[] query, int k, double k1, double b) {
        // Return the k best (doc index, rounded BM25 score) pairs for the query.
        return new ScoredDoc[0];
    }
}
