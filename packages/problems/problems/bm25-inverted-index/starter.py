def bm25_top_k(
    docs: list[list[str]], query: list[str], k: int, k1: float, b: float
) -> list[tuple[int, float]]:
    # Return the k best (doc index, rounded BM25 score) pairs for the query.
    raise NotImplementedError
