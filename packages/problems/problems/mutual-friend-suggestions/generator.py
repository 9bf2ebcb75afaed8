# Inputs of rising size for mutual-friend-suggestions: n members, 4n logged pairs with repeats and
# self-pairs, and a user with about sqrt(n) friends, so the two-step walk grows with n.
import random


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    edges = []
    friends = max(1, int(n**0.5))
    for f in range(1, friends + 1):
        edges.append([0, f])
    for _ in range(4 * n):
        a = rng.randrange(n)
        b = a if rng.random() < 0.01 else rng.randrange(n)
        edges.append([a, b])
    return [n, edges, 0, 20]
