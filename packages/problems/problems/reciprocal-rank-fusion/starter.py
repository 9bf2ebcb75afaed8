def reciprocal_rank_fusion(rankings: list[list[str]], c: int, m: int) -> list[str]:
    # rankings[j] is one retriever's ids, best first (rank 1). Score each id by the sum of
    # 1 / (c + rank) over the lists it appears in, and return the m best ids.
    raise NotImplementedError
