# Inputs of rising size for two-tower-in-batch-negatives: a batch of n rows in 32 dimensions,
# listings drawn from a pool of n/2 ids (so duplicates occur), queries near their listing, and
# temperature 0.05. The score matrix is n x n and each entry costs d, so the work is n^2 * d.
import random


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    d = 32
    vectors: dict[int, list[float]] = {}
    ids = [rng.randrange(max(1, n // 2)) for _ in range(n)]
    items = []
    for i in ids:
        if i not in vectors:
            vectors[i] = [round(rng.gauss(0, 0.3), 4) for _ in range(d)]
        items.append(list(vectors[i]))
    queries = [[round(0.7 * x + rng.gauss(0, 0.2), 4) for x in item] for item in items]
    return [queries, items, ids, 0.05]
