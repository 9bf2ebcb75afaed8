# Mutant: ranks by the absolute cosine, treating opposite vectors as similar
import heapq
import math


def cosine_top_k(query: list[float], docs: list[list[float]], k: int) -> list[tuple[int, float]]:
    q_norm = math.sqrt(sum(x * x for x in query))
    scored: list[tuple[float, int]] = []
    for idx, doc in enumerate(docs):
        d_norm = math.sqrt(sum(x * x for x in doc))
        if q_norm == 0 or d_norm == 0:
            sim = 0.0  # cosine is undefined for a zero vector; we define it as 0
        else:
            sim = abs(sum(a * b for a, b in zip(query, doc)) / (q_norm * d_norm))
        scored.append((round(sim, 6), idx))
    # Highest similarity first, smaller index first on ties: O(n log k) with a heap.
    best = heapq.nsmallest(max(k, 0), scored, key=lambda p: (-p[0], p[1]))
    return [(idx, sim) for sim, idx in best]
