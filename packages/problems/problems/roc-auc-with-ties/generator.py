# Inputs of rising size for roc-auc-with-ties: n scores rounded to 2 decimals (many ties), 30% positive.
import random


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    labels = [1 if rng.random() < 0.3 else 0 for _ in range(n)]
    scores = [round(min(1.0, max(0.0, rng.gauss(0.6 if y else 0.4, 0.2))), 2) for y in labels]
    return [scores, labels]
