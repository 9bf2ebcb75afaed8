# Mutant: averages the loss over the batch but returns the per-row gradient p - q without dividing it by m
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
    q = torch.full_like(log_p, smoothing / classes)
    q[torch.arange(rows.numel()), y[rows]] += 1.0 - smoothing
    loss = -(q * log_p).sum() / rows.numel()
    grad = torch.zeros_like(z)
    grad[rows] = log_p.exp() - q
    return {"loss": loss.item(), "grad": grad.tolist()}
