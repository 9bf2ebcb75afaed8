# Mutant: swaps each pair in the ranking and recomputes NDCG@k from scratch, O(n^2 * k); right answers, too slow for the 3000-document query
import math


def lambdarank_lambdas(scores: list[float], labels: list[int], k: int, sigma: float) -> list[float]:
    n = len(scores)
    order = sorted(range(n), key=lambda d: (-scores[d], d))
    position = {doc: rank for rank, doc in enumerate(order)}
    gains = [2**label - 1 for label in labels]
    idcg = sum(g / math.log2(r + 2) for r, g in enumerate(sorted(gains, reverse=True)[:k]))
    lambdas = [0.0] * n
    if idcg == 0:
        return lambdas

    def ndcg(ranking):
        return sum(gains[doc] / math.log2(r + 2) for r, doc in enumerate(ranking[:k])) / idcg

    base = ndcg(order)
    for i in range(n):
        for j in range(n):
            if labels[i] <= labels[j]:
                continue
            swapped = order[:]
            swapped[position[i]], swapped[position[j]] = j, i
            delta = abs(ndcg(swapped) - base)
            weight = sigma * delta / (1.0 + math.exp(sigma * (scores[i] - scores[j])))
            lambdas[i] += weight
            lambdas[j] -= weight
    return lambdas
