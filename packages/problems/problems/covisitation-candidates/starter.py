def covisitation_candidates(
    events: list[list[int]], window: int, queries: list[int], k: int
) -> list[list[list[int]]]:
    # events[i] = [session, item, t], in no particular order.
    # For each query item, return up to k [item, count] pairs: count descending, then item ascending.
    raise NotImplementedError
