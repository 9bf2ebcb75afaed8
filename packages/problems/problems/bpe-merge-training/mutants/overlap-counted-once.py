# Mutant: counts a pair of equal symbols only where it does not overlap the previous one, so aaaa holds (a, a) twice instead of three times
from collections import Counter


def _pairs(symbols):
    out = []
    i = 0
    while i + 1 < len(symbols):
        out.append((symbols[i], symbols[i + 1]))
        i += 2 if symbols[i] == symbols[i + 1] else 1
    return out


def train_bpe(corpus, num_merges):
    freq = Counter(word for line in corpus for word in line.split())
    pieces = {word: list(word) for word in freq}
    merges = []
    while len(merges) < num_merges:
        count = Counter()
        for word, symbols in pieces.items():
            for pair in _pairs(symbols):
                count[pair] += freq[word]
        if not count:
            break
        best = min(count, key=lambda pair: (-count[pair], pair))
        if count[best] < 2:
            break
        merges.append(list(best))
        left, right = best
        for word, symbols in pieces.items():
            out = []
            i = 0
            while i < len(symbols):
                if i + 1 < len(symbols) and symbols[i] == left and symbols[i + 1] == right:
                    out.append(left + right)
                    i += 2
                else:
                    out.append(symbols[i])
                    i += 1
            pieces[word] = out
    tokens = [[piece for word in line.split() for piece in pieces[word]] for line in corpus]
    return {"merges": merges, "tokens": tokens}
