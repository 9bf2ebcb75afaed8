# Mutant: ignores item_ids, so another copy of a query's own item stays in its softmax as a negative
import torch
import torch.nn.functional as F


def in_batch_softmax_loss(
    queries: list[list[float]], items: list[list[float]], item_ids: list[int], temperature: float
) -> dict:
    q = torch.tensor(queries, dtype=torch.float64, requires_grad=True)
    v = torch.tensor(items, dtype=torch.float64)
    logits = q @ v.T / temperature
    loss = F.cross_entropy(logits, torch.arange(len(queries)))
    loss.backward()
    return {"loss": loss.item(), "grad_queries": q.grad.tolist()}
