# Inputs of rising size for bm25-inverted-index: n documents of 10 to 30 tokens from a Zipf-like
# vocabulary, a 3-term query, top 10.
import itertools
import random

LETTERS = 'abcdefghijklmnopqrstuvwxyz'


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed)
    vocabulary = [''.join(rng.choices(LETTERS, k=rng.randint(3, 8))) for _ in range(2000)]
    cumulative = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(vocabulary))))
    query = [vocabulary[5], vocabulary[40], vocabulary[300]]
    rng = random.Random(seed * 1_000_003 + n)
    docs = [rng.choices(vocabulary, cum_weights=cumulative, k=rng.randint(10, 30)) for _ in range(n)]
    return [docs, query, 10, 1.2, 0.75]
