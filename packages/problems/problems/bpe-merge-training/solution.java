import java.util.*;

class Solution {
    private record Pair(String left, String right) {}

    // A heap entry; stale ones (whose count changed after the push) are skipped when popped.
    private record Entry(int count, String left, String right) {}

    // Most frequent first; equal counts go to the smaller left symbol, then the smaller right
    // one. Symbols are ASCII, so String.compareTo is code-point order.
    private static final Comparator<Entry> RANK = Comparator.comparingInt(Entry::count)
            .reversed()
            .thenComparing(Entry::left)
            .thenComparing(Entry::right);

    private static List<String> applyMerge(List<String> symbols, String left, String right) {
        List<String> out = new ArrayList<>(symbols.size());
        for (int i = 0; i < symbols.size(); i++) {
            if (i + 1 < symbols.size() && symbols.get(i).equals(left)
                    && symbols.get(i + 1).equals(right)) {
                out.add(left + right);
                i++; // the pair is consumed, so "a a a" becomes "aa a"
            } else {
                out.add(symbols.get(i));
            }
        }
        return out;
    }

    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        for (String word : line.split(" ")) {
            if (!word.isEmpty()) words.add(word);
        }
        return words;
    }

    public BpeResult trainBpe(String[] corpus, int numMerges) {
        // Work on distinct words weighted by frequency: a merge only touches the words holding
        // its pair.
        Map<String, Integer> wordIndex = new HashMap<>();
        List<List<String>> pieces = new ArrayList<>();
        List<Integer> weight = new ArrayList<>();
        for (String line : corpus) {
            for (String word : words(line)) {
                Integer i = wordIndex.get(word);
                if (i == null) {
                    wordIndex.put(word, pieces.size());
                    List<String> chars = new ArrayList<>();
                    for (char c : word.toCharArray()) chars.add(String.valueOf(c));
                    pieces.add(chars);
                    weight.add(1);
                } else {
                    weight.set(i, weight.get(i) + 1);
                }
            }
        }

        Map<Pair, Integer> count = new HashMap<>();
        Map<Pair, Set<Integer>> holders = new HashMap<>();
        for (int i = 0; i < pieces.size(); i++) {
            List<String> symbols = pieces.get(i);
            for (int j = 0; j + 1 < symbols.size(); j++) {
                Pair pair = new Pair(symbols.get(j), symbols.get(j + 1));
                count.merge(pair, weight.get(i), Integer::sum);
                holders.computeIfAbsent(pair, p -> new HashSet<>()).add(i);
            }
        }
        PriorityQueue<Entry> heap = new PriorityQueue<>(RANK);
        count.forEach((pair, c) -> heap.add(new Entry(c, pair.left(), pair.right())));

        List<Merge> merges = new ArrayList<>();
        while (merges.size() < numMerges && !heap.isEmpty()) {
            Entry top = heap.poll();
            Pair best = new Pair(top.left(), top.right());
            if (!Objects.equals(count.get(best), top.count())) continue;
            if (top.count() < 2) break;
            merges.add(new Merge(best.left(), best.right()));
            Map<Pair, Integer> delta = new HashMap<>();
            for (int i : holders.remove(best)) {
                List<String> old = pieces.get(i);
                List<String> next = applyMerge(old, best.left(), best.right());
                if (next.size() == old.size()) continue; // an earlier merge took the pair out
                int w = weight.get(i);
                for (int j = 0; j + 1 < old.size(); j++) {
                    delta.merge(new Pair(old.get(j), old.get(j + 1)), -w, Integer::sum);
                }
                for (int j = 0; j + 1 < next.size(); j++) {
                    Pair pair = new Pair(next.get(j), next.get(j + 1));
                    delta.merge(pair, w, Integer::sum);
                    holders.computeIfAbsent(pair, p -> new HashSet<>()).add(i);
                }
                pieces.set(i, next);
            }
            delta.forEach((pair, d) -> {
                if (d == 0) return;
                int updated = count.getOrDefault(pair, 0) + d;
                if (updated == 0) {
                    count.remove(pair);
                } else {
                    count.put(pair, updated);
                    heap.add(new Entry(updated, pair.left(), pair.right()));
                }
            });
        }

        String[][] tokens = new String[corpus.length][];
        for (int l = 0; l < corpus.length; l++) {
            List<String> line = new ArrayList<>();
            for (String word : words(corpus[l])) line.addAll(pieces.get(wordIndex.get(word)));
            tokens[l] = line.toArray(new String[0]);
        }
        return new BpeResult(merges.toArray(new Merge[0]), tokens);
    }
}
