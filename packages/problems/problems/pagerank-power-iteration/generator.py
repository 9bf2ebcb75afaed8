# Inputs of rising size for pagerank-power-iteration: n pages, 6n links, 1 page in 10 dangling,
# and tol = 0 so exactly 30 iterations run at every size.
import random


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    linking = [u for u in range(n) if rng.random() >= 0.1] or [0]
    edges = [[rng.choice(linking), rng.randrange(n)] for _ in range(6 * n)]
    return [n, edges, 0.85, 0.0, 30]
