# Inputs of rising size for delta-method-ratio-metric: n is the number of users in each arm, each
# a row [clicks, views] with a heavy-tailed view count (1 user in 10 never viewed the feed).
import random


def _arm(rng: random.Random, n: int, rate: float) -> list:
    users = []
    for _ in range(n):
        views = 0 if rng.random() < 0.1 else int(rng.paretovariate(1.5) * 5)
        users.append([int(views * rate * 2 * rng.random() + rng.random()) if views else 0, views])
    return users


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    return [_arm(rng, n, 0.05), _arm(rng, n, 0.055)]
