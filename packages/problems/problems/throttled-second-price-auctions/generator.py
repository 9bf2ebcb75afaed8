# Inputs of rising size for throttled-second-price-auctions: n auctions for 3n/5 campaigns with
# small budgets, so campaigns rest (throttled) most of the time and rejoin later.
import random


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    campaigns = [[rng.randint(1, 999), rng.randint(0, 60000)] for _ in range(max(1, 3 * n // 5))]
    reserves = [rng.randint(0, 400) if rng.random() < 0.9 else rng.randint(400, 1200) for _ in range(n)]
    return [campaigns, reserves]
