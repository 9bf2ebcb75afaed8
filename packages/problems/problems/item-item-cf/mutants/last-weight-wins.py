# Mutant: a repeated (user, item) row overwrites the weight instead of adding to it
import math
from collections import defaultdict


def recommend_items(
    interactions: list[tuple[str, str, float]], user: str, n: int
) -> list[tuple[str, float]]:
    by_item: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    by_user: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for u, item, weight in interactions:
        by_item[item][u] = weight
        by_user[u][item] = weight

    seen = by_user.get(user)
    if not seen or n <= 0:
        return []

    norms: dict[str, float] = {}

    def norm(item: str) -> float:
        if item not in norms:
            norms[item] = math.sqrt(sum(w * w for w in by_item[item].values()))
        return norms[item]

    scores: dict[str, float] = defaultdict(float)
    for i, w_ui in seen.items():
        # Dot products of item i with every unseen item that shares a user with it.
        dots: dict[str, float] = defaultdict(float)
        for v, w_vi in by_item[i].items():
            for j, w_vj in by_user[v].items():
                if j not in seen:
                    dots[j] += w_vi * w_vj
        for j, dot in dots.items():
            scores[j] += w_ui * dot / (norm(i) * norm(j))

    ranked = sorted(((round(s, 6), j) for j, s in scores.items()), key=lambda p: (-p[0], p[1]))
    return [(j, s) for s, j in ranked if s > 0][:n]
