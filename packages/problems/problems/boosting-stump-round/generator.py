# Inputs of rising size for boosting-stump-round: n is the number of rows, with d = 16 features
# fixed. Features are small integers of varying cardinality (2 to 200 distinct values), targets
# depend on two of them, and the current model is constant. Small values keep the input compact,
# so the timing follows the algorithm's d·n log n rather than cache misses.
import random

D = 16


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    levels = [2 + (200 - 2) * j // (D - 1) for j in range(D)]
    x = [[rng.randrange(levels[j]) for j in range(D)] for _ in range(n)]
    y = [round(20 + 0.1 * row[D - 1] + 0.5 * row[3] + rng.gauss(0, 4), 2) for row in x]
    f = [30.0] * n
    return [x, y, f, 0.1]
