# Inputs of rising size for hyperloglog-shard-merge: n ids spread over 4 shard sketches at p = 10,
# plus n late ids.
import random


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    p = 10
    m = 1 << p
    sketches = [[rng.randint(0, 12) if rng.random() < 0.9 else 0 for _ in range(m)] for _ in range(4)]
    items = [rng.randrange(2**53) for _ in range(n)]
    return [sketches, items, p]
