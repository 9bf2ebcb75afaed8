# Inputs of rising size for top-queries-per-market: n records over n / 100 hourly files, about
# n / 20 markets with a handful of queries each, plus one query a third of all users searched.
import random


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    markets = max(1, n // 20)
    shards = [[] for _ in range(max(1, n // 100))]
    for i in range(n):
        if i % 3 == 0:
            record = ["v" + str(i), "US", "eclipse"]
        else:
            record = ["u" + str(rng.randrange(n)), "M" + str(rng.randrange(markets)), "q" + str(rng.randrange(5))]
        shards[rng.randrange(len(shards))].append(record)
    return [shards, 3, 2]
