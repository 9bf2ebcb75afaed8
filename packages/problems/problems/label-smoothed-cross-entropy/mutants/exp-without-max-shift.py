# Mutant: computes softmax as exp(z) / sum(exp(z)) without subtracting the row maximum, so large logits overflow to inf and NaN
import torch


def smoothed_cross_entropy(logits, targets, smoothing):
    if not logits:
        return {"loss": 0.0, "grad": []}
    z = torch.tensor(logits, dtype=torch.float64)
    y = torch.tensor(targets, dtype=torch.long)
    classes = z.shape[1]
    rows = torch.nonzero(y >= 0).flatten()
    if rows.numel() == 0:
        return {"loss": 0.0, "grad": torch.zeros_like(z).tolist()}
    e = torch.exp(z[rows])
    p = e / e.sum(dim=1, keepdim=True)
    q = torch.full_like(p, smoothing / classes)
    q[torch.arange(rows.numel()), y[rows]] += 1.0 - smoothing
    count = rows.numel()
    loss = -(q * torch.log(p)).sum() / count
    grad = torch.zeros_like(z)
    grad[rows] = (p - q) / count
    return {"loss": loss.item(), "grad": grad.tolist()}
