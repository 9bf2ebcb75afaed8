# Inputs of rising size for product-quantization-adc: n database vectors of dimension 32 in 8
# slices with 16 centroids each, and 20 queries, so the time grows with the database.
import random


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    m, d, k = 8, 4, 16
    codebooks = [[[rng.uniform(-1, 1) for _ in range(d)] for _ in range(k)] for _ in range(m)]
    database = [[rng.uniform(-1, 1) for _ in range(m * d)] for _ in range(n)]
    queries = [[rng.uniform(-1, 1) for _ in range(m * d)] for _ in range(20)]
    return [codebooks, database, queries, 10]
