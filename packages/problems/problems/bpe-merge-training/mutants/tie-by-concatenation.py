# Mutant: breaks count ties by the joined string left + right instead of by (left, right)
import heapq
from collections import Counter, defaultdict


def _apply(symbols: list[str], left: str, right: str) -> list[str]:
    out = []
    i = 0
    while i < len(symbols):
        if i + 1 < len(symbols) and symbols[i] == left and symbols[i + 1] == right:
            out.append(left + right)
            i += 2  # the pair is consumed, so "a a a" becomes "aa a"
        else:
            out.append(symbols[i])
            i += 1
    return out


def train_bpe(corpus: list[str], num_merges: int) -> dict:
    # Work on distinct words weighted by frequency: a merge only touches the words holding its pair.
    freq = Counter(word for line in corpus for word in line.split())
    vocab = list(freq)
    pieces = [list(word) for word in vocab]
    weight = [freq[word] for word in vocab]

    count: Counter = Counter()
    holders: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, symbols in enumerate(pieces):
        for pair in zip(symbols, symbols[1:]):
            count[pair] += weight[i]
            holders[pair].add(i)
    # Max-heap on count, then the smallest (left, right); stale entries are skipped when popped.
    heap = [(-c, left + right, left, right) for (left, right), c in count.items()]
    heapq.heapify(heap)

    merges = []
    while len(merges) < num_merges and heap:
        neg, _, left, right = heapq.heappop(heap)
        if count.get((left, right)) != -neg:
            continue
        if -neg < 2:
            break
        merges.append([left, right])
        delta: Counter = Counter()
        for i in holders.pop((left, right)):
            old = pieces[i]
            new = _apply(old, left, right)
            if len(new) == len(old):
                continue  # an earlier merge already took this pair out of the word
            for pair in zip(old, old[1:]):
                delta[pair] -= weight[i]
            for pair in zip(new, new[1:]):
                delta[pair] += weight[i]
                holders[pair].add(i)
            pieces[i] = new
        for pair, d in delta.items():
            if d == 0:
                continue
            count[pair] += d
            if count[pair] == 0:
                del count[pair]
            else:
                heapq.heappush(heap, (-count[pair], pair[0] + pair[1], *pair))

    final = dict(zip(vocab, pieces))
    tokens = [[piece for word in line.split() for piece in final[word]] for line in corpus]
    return {"merges": merges, "tokens": tokens}
