# Mutant: sums IDCG over every document instead of the top k
import math


def lambdarank_lambdas(scores: list[float], labels: list[int], k: int, sigma: float) -> list[float]:
    n = len(scores)
    # Current ranking: higher score first, equal scores by lower index.
    order = sorted(range(n), key=lambda d: (-scores[d], d))
    # Each document's NDCG discount at its current position; zero past the cutoff.
    discount = [0.0] * n
    for rank, doc in enumerate(order[:k]):
        discount[doc] = 1.0 / math.log2(rank + 2)
    gains = [2**label - 1 for label in labels]
    ideal_gains = sorted(gains, reverse=True)
    idcg = sum(g / math.log2(rank + 2) for rank, g in enumerate(ideal_gains))
    lambdas = [0.0] * n
    if idcg == 0:
        return lambdas  # every label is 0: no pair has different labels
    # Swapping two documents changes only their two terms of DCG@k, so
    # |delta NDCG| = |gain_i - gain_j| * |discount_i - discount_j| / IDCG, O(1) per pair.
    for a in range(n):
        gain_a, disc_a, score_a, label_a = gains[a], discount[a], scores[a], labels[a]
        for b in range(a + 1, n):
            if labels[b] == label_a:
                continue
            delta = abs(gain_a - gains[b]) * abs(disc_a - discount[b]) / idcg
            if delta == 0.0:
                continue  # both past the cutoff
            if label_a > labels[b]:
                weight = sigma * delta / (1.0 + math.exp(sigma * (score_a - scores[b])))
                lambdas[a] += weight
                lambdas[b] -= weight
            else:
                weight = sigma * delta / (1.0 + math.exp(sigma * (scores[b] - score_a)))
                lambdas[b] += weight
                lambdas[a] -= weight
    return lambdas
