def recommend_items(
    interactions: list[tuple[str, str, float]], user: str, n: int
) -> list[tuple[str, float]]:
    # Return up to n (item, score) pairs of unseen items, scored by item-item cosine similarity.
    raise NotImplementedError
