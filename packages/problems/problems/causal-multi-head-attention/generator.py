# Inputs of rising size for causal-multi-head-attention: one sequence of n tokens with 16
# features and 4 heads, the last eighth of it padding. The score matrix is n x n per head, so the
# work grows as n^2 for a fixed width.
import math
import random


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    d = 16

    def matrix(rows: int, scale: float) -> list:
        return [[round(rng.gauss(0, scale), 4) for _ in range(d)] for _ in range(rows)]

    x = [matrix(n, 1.0)]
    weights = [matrix(d, 1 / math.sqrt(d)) for _ in range(4)]
    real = n - n // 8
    mask = [[1] * real + [0] * (n - real)]
    return [x, *weights, 4, mask, 1]
