def recommend_items(
    user_boards: list[list[str]],
    board_items: list[list[str]],
    user_items: list[list[str]],
    user: str,
    alpha: float,
    iterations: int,
    n: int,
) -> list[list]:
    # Return the top-n unseen [item, score] pairs by random walk with restart from `user`.
    raise NotImplementedError
