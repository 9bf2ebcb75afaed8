def count_min_estimates(
    width: int,
    prime: int,
    hash_params: list[list[int]],
    updates: list[list[int]],
    queries: list[int],
) -> list[int]:
    # Build a count-min sketch from `updates` and return the estimate for each query key.
    raise NotImplementedError
