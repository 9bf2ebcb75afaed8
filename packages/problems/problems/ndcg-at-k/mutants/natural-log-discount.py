# Mutant: discounts with the natural log instead of log2
# Equivalent: changing the log base multiplies every discount, in DCG and in IDCG alike, by ln 2, so the ratio NDCG is unchanged
import math


def _dcg(labels: list[int], k: int) -> float:
    return sum((2 ** rel - 1) / math.log(i + 2) for i, rel in enumerate(labels[:k]))


def ndcg_at_k(relevances: list[int], k: int) -> float:
    ideal = _dcg(sorted(relevances, reverse=True), k)
    return _dcg(relevances, k) / ideal if ideal > 0 else 0.0
