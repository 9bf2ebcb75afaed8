# Inputs of rising size for ad-slot-auction-pricing: n ads with many tied rank scores, half of
# them winning a slot.
import random


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    ads = [[f'{rng.choice("AaBbZz")}{i}', rng.randint(1, 500), rng.randint(1, 10)] for i in range(n)]
    return [ads, n // 2, 40]
