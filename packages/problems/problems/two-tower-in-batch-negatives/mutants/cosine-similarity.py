# Mutant: L2-normalises queries and items first (cosine similarity, as CLIP does) although the statement scores raw dot products
import torch
import torch.nn.functional as F


def in_batch_softmax_loss(
    queries: list[list[float]], items: list[list[float]], item_ids: list[int], temperature: float
) -> dict:
    q = torch.tensor(queries, dtype=torch.float64, requires_grad=True)
    v = torch.tensor(items, dtype=torch.float64)
    ids = torch.tensor(item_ids, dtype=torch.int64)
    logits = F.normalize(q, dim=1) @ F.normalize(v, dim=1).T / temperature
    same = ids.unsqueeze(1) == ids.unsqueeze(0)
    same.fill_diagonal_(False)
    logits = logits.masked_fill(same, float("-inf"))
    loss = (torch.logsumexp(logits, dim=1) - logits.diagonal()).mean()
    loss.backward()
    return {"loss": loss.item(), "grad_queries": q.grad.tolist()}
