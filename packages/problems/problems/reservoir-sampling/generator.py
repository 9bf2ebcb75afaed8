# Inputs of rising size for reservoir-sampling: a stream of n request ids, k = 100, and the n - k
# uniform draws in [0, 1) that the algorithm consumes.
import random

K = 100


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    stream = [int(rng.random() * 100_000) for _ in range(n)]
    randoms = [int(rng.random() * 1_000_000) / 1_000_000 for _ in range(max(0, n - K))]
    return [stream, K, randoms]
