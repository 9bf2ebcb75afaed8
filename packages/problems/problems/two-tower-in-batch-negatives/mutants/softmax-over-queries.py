# Mutant: normalises each column over the queries (softmax over dim 0), the item-to-query direction, instead of each query's row over the items
import torch


def in_batch_softmax_loss(
    queries: list[list[float]], items: list[list[float]], item_ids: list[int], temperature: float
) -> dict:
    q = torch.tensor(queries, dtype=torch.float64, requires_grad=True)
    v = torch.tensor(items, dtype=torch.float64)
    ids = torch.tensor(item_ids, dtype=torch.int64)
    logits = q @ v.T / temperature
    same = ids.unsqueeze(1) == ids.unsqueeze(0)
    same.fill_diagonal_(False)
    logits = logits.masked_fill(same, float("-inf"))
    loss = -torch.log_softmax(logits, dim=0).diagonal().mean()
    loss.backward()
    return {"loss": loss.item(), "grad_queries": q.grad.tolist()}
