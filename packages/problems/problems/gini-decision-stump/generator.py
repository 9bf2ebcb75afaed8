# Inputs of rising size for gini-decision-stump: n samples, 3 features of distinct-ish integers and
# 2 classes, so there are about 3 * n candidate thresholds to score.
import random


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    labels = [rng.randint(0, 1) for _ in range(n)]
    features = [[rng.randint(0, 10 * n) + 2 * n * y * j for y in labels] for j in range(3)]
    return [features, labels]
