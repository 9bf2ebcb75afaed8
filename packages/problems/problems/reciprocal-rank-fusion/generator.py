# Inputs of rising size for reciprocal-rank-fusion: n = T, the number of entries over all lists.
# About n / 100 ranked lists of 1 to 200 ids each (a few empty), drawn with a skew from a pool of
# n / 20 ids so that lists overlap and repeat ids; c = 60 and m = n / 10.
import random


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    pool = max(1, n // 20)
    rankings = []
    left = n
    while left > 0:
        length = min(left, rng.randint(1, 200))
        # The smaller of two draws: low ids are popular, as the head of every retriever's answer is.
        rankings.append(
            ["doc" + str(min(rng.randrange(pool), rng.randrange(pool))) for _ in range(length)]
        )
        left -= length
        if rng.random() < 0.05:
            rankings.append([])
    return [rankings, 60, max(1, n // 10)]
