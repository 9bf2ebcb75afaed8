# Mutant: indexes the random numbers by stream position instead of i - k
import math


def reservoir_sample(stream: list[int], k: int, randoms: list[float]) -> list[int]:
    reservoir: list[int] = []
    for i, item in enumerate(stream):
        if i < k:
            reservoir.append(item)
            continue
        j = math.floor(randoms[i] * (i + 1))
        if j < k:
            reservoir[j] = item
    return reservoir
