# Inputs of rising size for als-one-sweep: n ratings over n / 10 users and n / 10 items, rank 8.
import random


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    users, items, d = max(1, n // 10), max(1, n // 10), 8
    user_factors = [[rng.gauss(0, 0.5) for _ in range(d)] for _ in range(users)]
    item_factors = [[rng.gauss(0, 0.5) for _ in range(d)] for _ in range(items)]
    ratings = [[rng.randrange(users), rng.randrange(items), float(rng.randint(1, 5))] for _ in range(n)]
    return [ratings, user_factors, item_factors, 0.1]
