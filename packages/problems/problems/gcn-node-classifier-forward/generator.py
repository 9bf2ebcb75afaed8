# Inputs of rising size for gcn-node-classifier-forward: n nodes, 2n listed edges (some repeated,
# some reversed, a few self-loops, so about 5% of nodes stay isolated), 4 features, 8 hidden units
# and 3 classes, so the work is O(n + m) times the layer widths.
import random


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    edges = []
    for _ in range(2 * n):
        u = rng.randrange(n)
        v = u if rng.random() < 0.02 else rng.randrange(n)
        edges.append([u, v] if rng.random() < 0.5 else [v, u])
    edges += rng.sample(edges, n // 10)
    features = [[rng.randint(-3, 3) for _ in range(4)] for _ in range(n)]
    w1 = [[round(rng.uniform(-1, 1), 2) for _ in range(8)] for _ in range(4)]
    w2 = [[round(rng.uniform(-1, 1), 2) for _ in range(3)] for _ in range(8)]
    b1 = [round(rng.uniform(-0.5, 0.5), 2) for _ in range(8)]
    b2 = [round(rng.uniform(-0.5, 0.5), 2) for _ in range(3)]
    return [n, edges, features, w1, b1, w2, b2]
