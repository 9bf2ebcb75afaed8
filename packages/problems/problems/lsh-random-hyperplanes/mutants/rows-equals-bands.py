# Mutant: confuses the number of bands with the rows per band
from collections import defaultdict
from itertools import combinations


def lsh_candidate_pairs(
    vectors: list[list[float]], hyperplanes: list[list[float]], bands: int
) -> list[tuple[int, int]]:
    rows = bands
    # One bit per hyperplane: which side of it the vector lies on (a dot of 0 counts as 1).
    signatures = [
        tuple(1 if sum(a * b for a, b in zip(v, h)) >= 0 else 0 for h in hyperplanes)
        for v in vectors
    ]
    pairs: set[tuple[int, int]] = set()
    for band in range(bands):
        buckets: dict[tuple[int, ...], list[int]] = defaultdict(list)
        for idx, sig in enumerate(signatures):
            buckets[sig[band * rows:(band + 1) * rows]].append(idx)
        for members in buckets.values():
            # members are in increasing index order, so every pair comes out as (i, j) with i < j
            pairs.update(combinations(members, 2))
    return sorted(pairs)
