# Mutant: uses 1-based positions, drawing the slot as floor(u * (i + 2))
import math


def reservoir_sample(stream: list[int], k: int, randoms: list[float]) -> list[int]:
    reservoir: list[int] = []
    for i, item in enumerate(stream):
        if i < k:
            reservoir.append(item)
            continue
        j = math.floor(randoms[i - k] * (i + 2))
        if j < k:
            reservoir[j] = item
    return reservoir
