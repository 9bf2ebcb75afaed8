# Mutant: uses the label itself as the gain instead of 2^rel - 1
import math


def _dcg(labels: list[int], k: int) -> float:
    return sum(rel / math.log2(i + 2) for i, rel in enumerate(labels[:k]))


def ndcg_at_k(relevances: list[int], k: int) -> float:
    ideal = _dcg(sorted(relevances, reverse=True), k)
    return _dcg(relevances, k) / ideal if ideal > 0 else 0.0
