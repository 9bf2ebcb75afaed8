import torch


def in_batch_softmax_loss(
    queries: list[list[float]], items: list[list[float]], item_ids: list[int], temperature: float
) -> dict:
    q = torch.tensor(queries, dtype=torch.float64, requires_grad=True)
    v = torch.tensor(items, dtype=torch.float64)
    ids = torch.tensor(item_ids, dtype=torch.int64)
    logits = q @ v.T / temperature  # row b: query b against every item of the batch
    # Another copy of query b's own item is neither a negative nor a second positive: drop it.
    same = ids.unsqueeze(1) == ids.unsqueeze(0)
    same.fill_diagonal_(False)
    logits = logits.masked_fill(same, float("-inf"))
    # -log softmax of the diagonal; logsumexp shifts by the row maximum, so tiny temperatures are safe.
    loss = (torch.logsumexp(logits, dim=1) - logits.diagonal()).mean()
    loss.backward()
    return {"loss": loss.item(), "grad_queries": q.grad.tolist()}
