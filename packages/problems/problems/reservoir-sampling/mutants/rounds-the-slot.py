# Mutant: rounds u * (i + 1) to the nearest integer instead of flooring it
import math


def reservoir_sample(stream: list[int], k: int, randoms: list[float]) -> list[int]:
    reservoir: list[int] = []
    for i, item in enumerate(stream):
        if i < k:
            reservoir.append(item)
            continue
        j = round(randoms[i - k] * (i + 1))
        if j < k:
            reservoir[j] = item
    return reservoir
