def mrr_and_recall_at_k(
    rankings: list[list[str]], relevant: list[list[str]], k: int
) -> dict[str, float]:
    # Return {"mrr": MRR@k, "recall_at_k": Recall@k}, averaged over queries that have relevant items.
    raise NotImplementedError
