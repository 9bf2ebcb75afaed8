# Inputs of rising size for transfer-penalty-travel-times: n stops joined by a few long lines and
# n random rides on many lines, with small change penalties.
import random


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    rides = []
    for i in range(n - 1):
        rides.append([i, i + 1, rng.randint(1, 9), i * 8 // n])
    for _ in range(n):
        rides.append([rng.randrange(n), rng.randrange(n), rng.randint(10, 500), rng.randrange(50)])
    penalty = [rng.randint(0, 20) for _ in range(n)]
    return [n, rides, penalty, 0]
