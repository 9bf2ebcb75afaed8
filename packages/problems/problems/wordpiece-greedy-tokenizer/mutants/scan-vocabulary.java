// Mutant: finds each piece by looping over the whole vocabulary at every position, O(N * V) instead of hashed lookups
import java.util.*;

class Solution {
    public int[] wordpieceEncode(String[] vocab, String text, String unkToken, int maxWordLen) {
        int unkId = Arrays.asList(vocab).indexOf(unkToken);
        List<Integer> out = new ArrayList<>();
        for (String word : text.split("[ \\t\\n\\r]+")) {
            if (word.isEmpty()) continue;
            if (word.length() > maxWordLen) {
                out.add(unkId);
                continue;
            }
            List<Integer> pieces = new ArrayList<>();
            int start = 0;
            boolean failed = false;
            while (start < word.length()) {
                int best = -1;
                int bestLen = 0;
                for (int i = 0; i < vocab.length; i++) {
                    String entry = vocab[i];
                    int offset;
                    if (start == 0) offset = 0;
                    else if (entry.startsWith("##") && entry.length() > 2) offset = 2;
                    else continue;
                    int len = entry.length() - offset;
                    if (len > bestLen && word.regionMatches(start, entry, offset, len)) {
                        best = i;
                        bestLen = len;
                    }
                }
                if (best < 0) {
                    failed = true;
                    break;
                }
                pieces.add(best);
                start += bestLen;
            }
            if (failed) out.add(unkId);
            else out.addAll(pieces);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
