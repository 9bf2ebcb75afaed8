def sliding_heavy_hitters(
    events: list[list], window: int, percent: int, queries: list[int]
) -> list[list[list]]:
    # For each query time, return the [item, count] pairs holding >= percent% of the window.
    raise NotImplementedError
