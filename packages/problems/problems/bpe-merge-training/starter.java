import java.util.*;

// Provided by the harness, do not redefine:
//   record Merge(String left, String right)              (returned as [left, right])
//   record BpeResult(Merge[] merges, String[][] tokens)  (returned as {"merges", "tokens"})

class Solution {
    public BpeResult trainBpe(String[] corpus, int numMerges) {
        // Learn up to numMerges BPE merges; return the merged pairs and each line's final symbols.
        return new BpeResult(new Merge[0], new String[0][]);
    }
}
