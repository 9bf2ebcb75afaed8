# Mutant: drops the spaces and trains on each line as one run of symbols, so pairs span two words
import heapq
from collections import Counter, defaultdict


def _apply(symbols, left, right):
    out = []
    i = 0
    while i < len(symbols):
        if i + 1 < len(symbols) and symbols[i] == left and symbols[i + 1] == right:
            out.append(left + right)
            i += 2
        else:
            out.append(symbols[i])
            i += 1
    return out


def train_bpe(corpus, num_merges):
    freq = Counter("".join(line.split()) for line in corpus)
    vocab = list(freq)
    pieces = [list(text) for text in vocab]
    weight = [freq[text] for text in vocab]
    count = Counter()
    holders = defaultdict(set)
    for i, symbols in enumerate(pieces):
        for pair in zip(symbols, symbols[1:]):
            count[pair] += weight[i]
            holders[pair].add(i)
    heap = [(-c, left, right) for (left, right), c in count.items()]
    heapq.heapify(heap)
    merges = []
    while len(merges) < num_merges and heap:
        neg, left, right = heapq.heappop(heap)
        if count.get((left, right)) != -neg:
            continue
        if -neg < 2:
            break
        merges.append([left, right])
        delta = Counter()
        for i in holders.pop((left, right)):
            old = pieces[i]
            new = _apply(old, left, right)
            if len(new) == len(old):
                continue
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
                heapq.heappush(heap, (-count[pair], *pair))
    final = dict(zip(vocab, pieces))
    return {"merges": merges, "tokens": [final["".join(line.split())] for line in corpus]}
