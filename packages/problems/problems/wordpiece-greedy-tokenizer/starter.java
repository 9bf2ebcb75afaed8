import java.util.*;

class Solution {
    public int[] wordpieceEncode(String[] vocab, String text, String unkToken, int maxWordLen) {
        // Return the ids of the WordPiece tokens of every word of text, in order.
        return new int[0];
    }
}
