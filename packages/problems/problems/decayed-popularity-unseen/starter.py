def recommend_popular(
    events: list[tuple[int, int, int]], user: int, now: int, half_life: float, k: int
) -> list[tuple[int, float]]:
    # events[i] = (user, item, t). Return up to k (item, score) pairs, best first.
    raise NotImplementedError
