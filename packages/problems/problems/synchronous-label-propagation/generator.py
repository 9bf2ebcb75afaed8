# Inputs of rising size for synchronous-label-propagation: n members with 3n random contacts and a
# fixed cap of 10 rounds, so the time grows with the size of one round.
import random


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    edges = [[rng.randrange(n), rng.randrange(n)] for _ in range(3 * n)]
    return [n, edges, 10]
