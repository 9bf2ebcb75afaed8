# Mutant: replaces when j <= k, one slot past the reservoir
import math


def reservoir_sample(stream: list[int], k: int, randoms: list[float]) -> list[int]:
    reservoir: list[int] = []
    for i, item in enumerate(stream):
        if i < k:
            reservoir.append(item)
            continue
        j = math.floor(randoms[i - k] * (i + 1))  # uniform slot in 0..i
        if j <= k:
            reservoir[j] = item
    return reservoir
