# Mutant: divides by an IDCG of 0 when nothing is relevant
import math


def _dcg(labels: list[int], k: int) -> float:
    return sum((2 ** rel - 1) / math.log2(i + 2) for i, rel in enumerate(labels[:k]))


def ndcg_at_k(relevances: list[int], k: int) -> float:
    ideal = _dcg(sorted(relevances, reverse=True), k)
    return _dcg(relevances, k) / ideal
