# Inputs of rising size for kmeans-fixed-start: n points in 4 dimensions around 8 blobs, 8 starting
# centroids drawn from the points, and max_iter 5, which the runs reach, so the work is n * k * d * 5.
import random


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    centers = [[rng.uniform(-50, 50) for _ in range(4)] for _ in range(8)]
    points = [[round(rng.gauss(x, 12), 3) for x in rng.choice(centers)] for _ in range(n)]
    starts = [list(p) for p in rng.sample(points, 8)]
    return [points, starts, 5]
