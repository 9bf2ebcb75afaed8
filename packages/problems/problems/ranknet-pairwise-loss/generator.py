# Inputs of rising size for ranknet-pairwise-loss: n documents with grades 0-4 and scores that
# follow the grades with noise, sigma 1. Every pair of different grades counts, so the work is n^2.
import random


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    labels = [rng.randrange(5) for _ in range(n)]
    scores = [round(label + rng.gauss(0, 1.5), 4) for label in labels]
    return [scores, labels, 1.0]
