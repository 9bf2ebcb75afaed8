# Inputs of rising size for ndcg-at-k: a feed of n graded labels, mostly ignored items, scored at k = n.
import random


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    relevances = rng.choices([0, 1, 2, 3], weights=[60, 25, 10, 5], k=n)
    return [relevances, n]
