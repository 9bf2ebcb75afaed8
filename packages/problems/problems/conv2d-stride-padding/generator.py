# Inputs of rising size for conv2d-stride-padding: an n x n 8-bit image and a 3 x 3 kernel at
# stride 1 with padding 1, so there are n * n output pixels of 9 multiply-adds each.
import random


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    image = [[rng.randint(0, 255) for _ in range(n)] for _ in range(n)]
    kernel = [[round(rng.uniform(-1, 1), 4) for _ in range(3)] for _ in range(3)]
    return [image, kernel, 1, 1]
