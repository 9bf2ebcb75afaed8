# Inputs of rising size for hourly-budget-pacing: a day of n requests for n / 2 campaigns, most of
# them high bidders whose small budgets pace them out of nearly every request.
import random


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    campaigns = []
    for _ in range(max(1, n // 2)):
        if rng.random() < 0.9:
            campaigns.append([rng.randint(0, 480), rng.randint(500, 1000)])
        else:
            campaigns.append([rng.randint(10**5, 10**7), rng.randint(1, 400)])
    requests = []
    for i in range(n):
        price = rng.randint(1, 10) if rng.random() < 0.03 else rng.randint(500, 2000)
        requests.append([i * 86400 // n, rng.randint(1, 100), price])
    return [campaigns, requests]
