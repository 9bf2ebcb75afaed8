# Inputs of rising size for lambdarank-ndcg-lambdas: one query of n documents with scores in
# [-10, 10], labels 0 to 4 and the cutoff at n, so every pair with different labels counts.
import random


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    scores = [round(rng.uniform(-10, 10), 3) for _ in range(n)]
    labels = [rng.randint(0, 4) for _ in range(n)]
    return [scores, labels, n, 1.0]
