def cosine_top_k(query: list[float], docs: list[list[float]], k: int) -> list[tuple[int, float]]:
    # Return the k (doc index, rounded cosine similarity) pairs most similar to the query.
    raise NotImplementedError
