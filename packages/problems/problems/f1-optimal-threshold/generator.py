# Inputs of rising size for f1-optimal-threshold: n comments, 20% positive, scores rounded to
# 4 decimals so that many share a value.
import random


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    labels = [1 if rng.random() < 0.2 else 0 for _ in range(n)]
    scores = [round(rng.gauss(0.65 if y else 0.35, 0.2), 4) for y in labels]
    return [scores, labels]
