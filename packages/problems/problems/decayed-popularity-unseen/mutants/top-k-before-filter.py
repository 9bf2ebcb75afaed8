# Mutant: takes the k most popular items first and only then drops the seen ones, so the shelf comes up short
from collections import defaultdict


def recommend_popular(
    events: list[tuple[int, int, int]], user: int, now: int, half_life: float, k: int
) -> list[tuple[int, float]]:
    popularity: dict[int, float] = defaultdict(float)
    seen: set[int] = set()
    for event_user, item, t in events:
        # An event loses half its weight every half_life seconds.
        popularity[item] += 0.5 ** ((now - t) / half_life)
        if event_user == user:
            seen.add(item)
    ranked = sorted(popularity.items(), key=lambda pair: (-pair[1], pair[0]))[:k]
    return [(item, score) for item, score in ranked if item not in seen]
