# Mutant: builds the tensors with torch.tensor's default float32, so the loss is off in the 7th or 8th digit
import torch
import torch.nn.functional as F


def ranknet_loss(scores: list[float], labels: list[int], sigma: float) -> dict:
    s = torch.tensor(scores, requires_grad=True)
    y = torch.tensor(labels)
    better = y.unsqueeze(1) > y.unsqueeze(0)
    pairs = int(better.sum())
    if pairs == 0:
        return {"loss": 0.0, "grad": [0.0] * len(scores)}
    margin = sigma * (s.unsqueeze(1) - s.unsqueeze(0))
    loss = F.softplus(-margin[better]).sum() / pairs
    loss.backward()
    return {"loss": loss.item(), "grad": s.grad.tolist()}
