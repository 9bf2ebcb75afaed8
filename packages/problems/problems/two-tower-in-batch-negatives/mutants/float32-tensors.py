# Mutant: computes in float32 (torch.float32 tensors), which misses the 1e-9 tolerance
import torch


def in_batch_softmax_loss(
    queries: list[list[float]], items: list[list[float]], item_ids: list[int], temperature: float
) -> dict:
    q = torch.tensor(queries, dtype=torch.float32, requires_grad=True)
    v = torch.tensor(items, dtype=torch.float32)
    ids = torch.tensor(item_ids)
    logits = q @ v.T / temperature
    same = ids.unsqueeze(1) == ids.unsqueeze(0)
    same.fill_diagonal_(False)
    logits = logits.masked_fill(same, float("-inf"))
    loss = (torch.logsumexp(logits, dim=1) - logits.diagonal()).mean()
    loss.backward()
    return {"loss": loss.item(), "grad_queries": q.grad.tolist()}
