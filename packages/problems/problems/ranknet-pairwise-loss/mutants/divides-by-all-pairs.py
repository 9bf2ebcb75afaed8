# Mutant: averages over all n(n-1)/2 unordered pairs of documents, label ties included, instead of the pairs with different labels
import torch
import torch.nn.functional as F


def ranknet_loss(scores: list[float], labels: list[int], sigma: float) -> dict:
    n = len(scores)
    s = torch.tensor(scores, dtype=torch.float64, requires_grad=True)
    y = torch.tensor(labels, dtype=torch.int64)
    better = y.unsqueeze(1) > y.unsqueeze(0)
    if int(better.sum()) == 0:
        return {"loss": 0.0, "grad": [0.0] * n}
    margin = sigma * (s.unsqueeze(1) - s.unsqueeze(0))
    loss = F.softplus(-margin[better]).sum() / (n * (n - 1) / 2)
    loss.backward()
    return {"loss": loss.item(), "grad": s.grad.tolist()}
