import torch


def in_batch_softmax_loss(
    queries: list[list[float]], items: list[list[float]], item_ids: list[int], temperature: float
) -> dict:
    # Return {"loss": mean in-batch softmax loss, "grad_queries": dLoss/dqueries, one row per query}.
    raise NotImplementedError
