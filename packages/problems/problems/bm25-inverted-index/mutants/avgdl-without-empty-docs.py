# Mutant: averages document length over non-empty documents only
import math
from collections import Counter, defaultdict


def bm25_top_k(
    docs: list[list[str]], query: list[str], k: int, k1: float, b: float
) -> list[tuple[int, float]]:
    n_docs = len(docs)
    if n_docs == 0 or k <= 0:
        return []
    # Inverted index: term -> postings list of (doc index, term frequency).
    index: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for d, tokens in enumerate(docs):
        for term, tf in Counter(tokens).items():
            index[term].append((d, tf))
    avgdl = sum(len(tokens) for tokens in docs) / max(1, sum(1 for tokens in docs if tokens))

    scores: dict[int, float] = defaultdict(float)
    for term in dict.fromkeys(query):  # each distinct query term counts once
        postings = index.get(term)
        if not postings:
            continue
        df = len(postings)
        idf = math.log(1 + (n_docs - df + 0.5) / (df + 0.5))
        for d, tf in postings:
            length_norm = k1 * (1 - b + b * len(docs[d]) / avgdl)
            scores[d] += idf * tf * (k1 + 1) / (tf + length_norm)

    ranked = sorted(((round(s, 6), d) for d, s in scores.items()), key=lambda p: (-p[0], p[1]))
    return [(d, s) for s, d in ranked[:k]]
