# Mutant: uses F.cross_entropy with ignore_index and label_smoothing and autograd, which returns NaN when every row is padding
import torch
import torch.nn.functional as F


def smoothed_cross_entropy(logits, targets, smoothing):
    if not logits:
        return {"loss": 0.0, "grad": []}
    z = torch.tensor(logits, dtype=torch.float64, requires_grad=True)
    y = torch.tensor(targets, dtype=torch.long)
    loss = F.cross_entropy(z, y, ignore_index=-1, label_smoothing=smoothing)
    loss.backward()
    return {"loss": loss.item(), "grad": z.grad.tolist()}
