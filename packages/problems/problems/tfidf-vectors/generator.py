# Inputs of rising size for tfidf-vectors: n tickets of about 12 words from a Zipf-like vocabulary.
import itertools
import random

LETTERS = 'abcdefghijklmnopqrstuvwxyz'


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed)
    vocabulary = [''.join(rng.choices(LETTERS, k=rng.randint(2, 8))) for _ in range(3000)]
    cumulative = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(vocabulary))))
    rng = random.Random(seed * 1_000_003 + n)
    docs = []
    for _ in range(n):
        words = rng.choices(vocabulary, cum_weights=cumulative, k=rng.randint(8, 16))
        words[0] = words[0].capitalize()
        docs.append(' '.join(words) + rng.choice(['.', '!', '?', '']))
    return [docs]
