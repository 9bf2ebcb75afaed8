# Mutant: discounts position i (from 0) by log2(i + 1), which is 0 at the top
import math


def _dcg(labels: list[int], k: int) -> float:
    return sum((2 ** rel - 1) / math.log2(i + 1) for i, rel in enumerate(labels[:k]))


def ndcg_at_k(relevances: list[int], k: int) -> float:
    ideal = _dcg(sorted(relevances, reverse=True), k)
    return _dcg(relevances, k) / ideal if ideal > 0 else 0.0
