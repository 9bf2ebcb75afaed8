# Mutant: draws the slot from 0..i-1 (u * i) instead of 0..i
import math


def reservoir_sample(stream: list[int], k: int, randoms: list[float]) -> list[int]:
    reservoir: list[int] = []
    for i, item in enumerate(stream):
        if i < k:
            reservoir.append(item)
            continue
        j = math.floor(randoms[i - k] * i)
        if j < k:
            reservoir[j] = item
    return reservoir
