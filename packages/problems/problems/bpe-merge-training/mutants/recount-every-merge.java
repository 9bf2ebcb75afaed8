// Mutant: recounts every pair of the vocabulary and rewrites every word for each merge, O(merges * vocabulary)
import java.util.*;

class Solution {
    public BpeResult trainBpe(String[] corpus, int numMerges) {
        Map<String, Integer> freq = new LinkedHashMap<>();
        for (String line : corpus) {
            for (String word : line.split(" ")) {
                if (!word.isEmpty()) freq.merge(word, 1, Integer::sum);
            }
        }
        Map<String, List<String>> pieces = new LinkedHashMap<>();
        for (String word : freq.keySet()) {
            List<String> chars = new ArrayList<>();
            for (char c : word.toCharArray()) chars.add(String.valueOf(c));
            pieces.put(word, chars);
        }
        List<Merge> merges = new ArrayList<>();
        while (merges.size() < numMerges) {
            Map<List<String>, Integer> count = new HashMap<>();
            for (Map.Entry<String, List<String>> e : pieces.entrySet()) {
                List<String> symbols = e.getValue();
                for (int j = 0; j + 1 < symbols.size(); j++) {
                    count.merge(List.of(symbols.get(j), symbols.get(j + 1)), freq.get(e.getKey()),
                            Integer::sum);
                }
            }
            List<String> best = null;
            int bestCount = 0;
            for (Map.Entry<List<String>, Integer> e : count.entrySet()) {
                List<String> pair = e.getKey();
                int c = e.getValue();
                if (best == null || c > bestCount || (c == bestCount
                        && (pair.get(0).compareTo(best.get(0)) < 0 || (pair.get(0).equals(best.get(0))
                                && pair.get(1).compareTo(best.get(1)) < 0)))) {
                    best = pair;
                    bestCount = c;
                }
            }
            if (best == null || bestCount < 2) break;
            String left = best.get(0);
            String right = best.get(1);
            merges.add(new Merge(left, right));
            for (Map.Entry<String, List<String>> e : pieces.entrySet()) {
                List<String> symbols = e.getValue();
                List<String> out = new ArrayList<>();
                for (int i = 0; i < symbols.size(); i++) {
                    if (i + 1 < symbols.size() && symbols.get(i).equals(left)
                            && symbols.get(i + 1).equals(right)) {
                        out.add(left + right);
                        i++;
                    } else {
                        out.add(symbols.get(i));
                    }
                }
                e.setValue(out);
            }
        }
        List<List<String>> tokens = new ArrayList<>();
        for (String line : corpus) {
            List<String> symbols = new ArrayList<>();
            for (String word : line.split(" ")) {
                if (!word.isEmpty()) symbols.addAll(pieces.get(word));
            }
            tokens.add(symbols);
        }
        String[][] lines = new String[tokens.size()][];
        for (int i = 0; i < lines.length; i++) lines[i] = tokens.get(i).toArray(new String[0]);
        return new BpeResult(merges.toArray(new Merge[0]), lines);
    }
}
