import torch
import torch.nn.functional as F


def ranknet_loss(scores: list[float], labels: list[int], sigma: float) -> dict:
    s = torch.tensor(scores, dtype=torch.float64, requires_grad=True)
    y = torch.tensor(labels, dtype=torch.int64)
    # better[i, j] is True when document i should rank above document j; equal labels make no pair.
    better = y.unsqueeze(1) > y.unsqueeze(0)
    pairs = int(better.sum())
    if pairs == 0:
        return {"loss": 0.0, "grad": [0.0] * len(scores)}
    margin = sigma * (s.unsqueeze(1) - s.unsqueeze(0))
    # -log sigmoid(m) = softplus(-m), computed without overflowing for a large negative margin.
    loss = F.softplus(-margin[better]).sum() / pairs
    loss.backward()
    return {"loss": loss.item(), "grad": s.grad.tolist()}
