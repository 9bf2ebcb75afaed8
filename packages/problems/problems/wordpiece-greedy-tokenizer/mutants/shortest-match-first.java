// Mutant: tries the candidates from the shortest up and takes the first match, so it cuts the shortest piece instead of the longest
import java.util.*;

class Solution {
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    public int[] wordpieceEncode(String[] vocab, String text, String unkToken, int maxWordLen) {
        Map<String, Integer> ids = new HashMap<>();
        int longest = 0;
        for (int i = 0; i < vocab.length; i++) {
            // The first occurrence of a duplicated string keeps its id.
            ids.putIfAbsent(vocab[i], i);
            longest = Math.max(longest, vocab[i].length());
        }
        int unkId = ids.get(unkToken);
        List<Integer> out = new ArrayList<>();
        List<Integer> pieces = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) i++;
            int j = i;
            while (j < n && !isSpace(text.charAt(j))) j++;
            if (j == i) break;
            String word = text.substring(i, j);
            i = j;
            if (word.length() > maxWordLen) {
                out.add(unkId);
                continue;
            }
            pieces.clear();
            int start = 0;
            boolean failed = false;
            while (start < word.length()) {
                // No entry is longer than `longest`, so longer candidates cannot match.
                int limit = Math.min(word.length(), start + longest);
                int end = start + 1;
                Integer found = null;
                while (end <= limit) {
                    String sub = word.substring(start, end);
                    found = ids.get(start == 0 ? sub : "##" + sub);
                    if (found != null) break;
                    end++;
                }
                if (found == null) {
                    failed = true;
                    break;
                }
                pieces.add(found);
                start = end;
            }
            // A word that cannot be covered is unknown as a whole, not just its remainder.
            if (failed) out.add(unkId);
            else out.addAll(pieces);
        }
        int[] result = new int[out.size()];
        for (int k = 0; k < result.length; k++) result[k] = out.get(k);
        return result;
    }
}
