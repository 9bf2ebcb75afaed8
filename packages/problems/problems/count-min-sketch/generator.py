# Inputs of rising size for count-min-sketch: a stream of n updates over skewed ids, n/8 queries,
# on a fixed 4 x 1024 sketch.
import itertools
import random

PRIME = 2_147_483_647


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    hash_params = [[rng.randrange(1, PRIME), rng.randrange(PRIME)] for _ in range(4)]
    ids = [rng.randrange(2**31) for _ in range(5000)]
    cumulative = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(ids))))
    keys = rng.choices(ids, cum_weights=cumulative, k=n)
    updates = [[key, rng.randint(1, 5)] for key in keys]
    queries = rng.choices(ids, k=max(1, n // 8))
    return [1024, PRIME, hash_params, updates, queries]
