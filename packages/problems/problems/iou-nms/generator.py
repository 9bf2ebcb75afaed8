# Inputs of rising size for iou-nms, in its worst case: n boxes of one class that never overlap, so
# every box is kept and each is compared with every box kept before it.
import random


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    side = max(1, int(n**0.5) + 1)
    boxes = []
    for i in range(n):
        x, y = (i % side) * 3, (i // side) * 3
        boxes.append([x, y, x + 2, y + 2])
    scores = [round(rng.random(), 4) for _ in range(n)]
    return [boxes, scores, [0] * n, 0.5]
