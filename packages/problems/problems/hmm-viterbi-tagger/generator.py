# Inputs of rising size for hmm-viterbi-tagger: a query of n words over a 30-tag model whose
# log-probabilities are multiples of 1/64 (all finite: the inputs are written as plain JSON).
import random


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    tags, vocabulary = 30, 100

    def log_prob() -> float:
        return -rng.randint(0, 512) / 64

    start = [log_prob() for _ in range(tags)]
    trans = [[log_prob() for _ in range(tags)] for _ in range(tags)]
    emit = [[log_prob() for _ in range(vocabulary)] for _ in range(tags)]
    words = [rng.randrange(vocabulary) for _ in range(n)]
    return [start, trans, emit, words]
