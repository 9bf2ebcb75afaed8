# Mutant: spreads epsilon over the K - 1 other classes only, so the labelled class gets exactly 1 - epsilon
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
    log_p = torch.log_softmax(z[rows], dim=1)
    q = torch.full_like(log_p, smoothing / (classes - 1))
    q[torch.arange(rows.numel()), y[rows]] = 1.0 - smoothing
    count = rows.numel()
    loss = -(q * log_p).sum() / count
    grad = torch.zeros_like(z)
    grad[rows] = (log_p.exp() - q) / count
    return {"loss": loss.item(), "grad": grad.tolist()}
