def salted_join(
    left: list[list],
    right: list[list],
    reducers: int,
    hot_threshold: int,
    salts: int,
) -> dict:
    # Simulate the salted reduce-side join; return rows and max reducer load before/after.
    raise NotImplementedError
