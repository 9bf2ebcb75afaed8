# Inputs of rising size for bilinear-thumbnail-resize: an n x n image scaled to n x (n + n // 2).
import random


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 7919 + n)
    side = max(1, n)
    image = [[rng.randint(0, 255) for _ in range(side)] for _ in range(side)]
    return [image, side, side + side // 2]
