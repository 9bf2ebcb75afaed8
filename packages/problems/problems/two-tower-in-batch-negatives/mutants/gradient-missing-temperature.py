# Mutant: derives the gradient by hand as (softmax - onehot) @ items / B and forgets the 1/temperature factor of the chain rule
import torch


def in_batch_softmax_loss(
    queries: list[list[float]], items: list[list[float]], item_ids: list[int], temperature: float
) -> dict:
    q = torch.tensor(queries, dtype=torch.float64)
    v = torch.tensor(items, dtype=torch.float64)
    ids = torch.tensor(item_ids, dtype=torch.int64)
    b = q.shape[0]
    logits = q @ v.T / temperature
    same = ids.unsqueeze(1) == ids.unsqueeze(0)
    same.fill_diagonal_(False)
    logits = logits.masked_fill(same, float("-inf"))
    log_p = torch.log_softmax(logits, dim=1)
    loss = -log_p.diagonal().mean()
    grad = (log_p.exp() - torch.eye(b, dtype=torch.float64)) @ v / b
    return {"loss": loss.item(), "grad_queries": grad.tolist()}
