# Mutant: takes the log of a max-shifted softmax instead of log-sum-exp, so a probability that underflows to 0 gives log 0 = -inf under a smoothed target weight
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
    p = torch.softmax(z[rows], dim=1)
    q = torch.full_like(p, smoothing / classes)
    q[torch.arange(rows.numel()), y[rows]] += 1.0 - smoothing
    count = rows.numel()
    loss = -(q * torch.log(p)).sum() / count
    grad = torch.zeros_like(z)
    grad[rows] = (p - q) / count
    return {"loss": loss.item(), "grad": grad.tolist()}
