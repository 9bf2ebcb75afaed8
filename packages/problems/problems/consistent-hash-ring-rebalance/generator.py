# Inputs of rising size for consistent-hash-ring-rebalance: n = K, the number of keys, and each
# fleet holds about P = n / 2 points, so n scales P and K together. The fleet after the change
# drops one node in five, adds new ones and gives some nodes more replicas; 1 key in 10 repeats.
import random


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    count = max(2, min(500, n // 400))
    replicas = max(1, min(1000, n // (2 * count)))
    before = [{"name": "cache-" + str(i), "replicas": replicas} for i in range(count)]
    after = []
    for node in before:
        roll = rng.random()
        if roll < 0.2:
            continue
        more = roll < 0.3
        after.append({"name": node["name"], "replicas": replicas * 5 // 4 if more else replicas})
    for i in range(max(1, count // 5)):
        after.append({"name": "cache-new-" + str(i), "replicas": replicas})
    keys = []
    for _ in range(n):
        if keys and rng.random() < 0.1:
            keys.append(rng.choice(keys))
        else:
            keys.append(rng.choice(("user:", "sku:", "emb:")) + str(rng.randrange(10**9)))
    return [before, after, keys]
