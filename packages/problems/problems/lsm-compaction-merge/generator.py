# Inputs of rising size for lsm-compaction-merge: n writes spread over about sqrt(n) shards, with
# overlapping keys, repeated timestamps and some deletions.
import random


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    k = max(1, int(n**0.5))
    shards = []
    for s in range(k):
        keys = sorted(set(f"user{rng.randrange(2 * n):07d}" for _ in range(max(1, n // k))))
        shards.append(
            [[key, 1_700_000_000_000 + rng.randrange(1000), "" if rng.random() < 0.1 else f"v{s}"] for key in keys]
        )
    return [shards]
