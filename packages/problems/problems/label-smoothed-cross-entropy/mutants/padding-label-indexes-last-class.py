# Mutant: lets a padding label of -1 index the target row, so padding rows count as examples of the last class
import torch


def smoothed_cross_entropy(logits, targets, smoothing):
    if not logits:
        return {"loss": 0.0, "grad": []}
    z = torch.tensor(logits, dtype=torch.float64)
    y = torch.tensor(targets, dtype=torch.long)
    n, classes = z.shape
    log_p = torch.log_softmax(z, dim=1)
    q = torch.full_like(log_p, smoothing / classes)
    q[torch.arange(n), y] += 1.0 - smoothing
    loss = -(q * log_p).sum() / n
    grad = (log_p.exp() - q) / n
    return {"loss": loss.item(), "grad": grad.tolist()}
