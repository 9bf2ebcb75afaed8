# Mutant: divides by the sum of the weights (L1) instead of their Euclidean norm
import math
import re
from collections import Counter

TOKEN = re.compile(r"[A-Za-z0-9]+")


def tfidf_vectors(docs: list[str]) -> list[list[tuple[str, float]]]:
    counts = [Counter(tok.lower() for tok in TOKEN.findall(doc)) for doc in docs]
    n = len(docs)
    df = Counter(term for c in counts for term in c)
    idf = {term: math.log((1 + n) / (1 + d)) + 1 for term, d in df.items()}
    vectors: list[list[tuple[str, float]]] = []
    for c in counts:
        weights = {term: tf * idf[term] for term, tf in c.items()}
        norm = sum(weights.values())
        vectors.append([(term, weights[term] / norm) for term in sorted(weights)])
    return vectors
