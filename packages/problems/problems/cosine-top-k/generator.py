# Inputs of rising size for cosine-top-k: n documents of a fixed dimension d = 32, top 10.
import random

DIMENSION = 32


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)

    def vector() -> list:
        return [round(rng.uniform(-1, 1), 3) for _ in range(DIMENSION)]

    return [vector(), [vector() for _ in range(n)], 10]
