# Inputs of rising size for matrix-factorization-sgd-epoch: n ratings from 200 users on 150
# recipes with k = 8, lr 0.01 and reg 0.02. Each rating is one O(k) step, so the work is n * k.
import random


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    k = 8

    def table(rows: int) -> list:
        return [[round(rng.gauss(0, 0.1), 4) for _ in range(k)] for _ in range(rows)]

    ratings = [[rng.randrange(200), rng.randrange(150), rng.randint(1, 5)] for _ in range(n)]
    return [table(200), table(150), ratings, 0.01, 0.02]
