# Mutant: computes the pair loss as log(1 + exp(-margin)), which overflows to infinity for a badly mis-ordered pair
import torch


def ranknet_loss(scores: list[float], labels: list[int], sigma: float) -> dict:
    s = torch.tensor(scores, dtype=torch.float64, requires_grad=True)
    y = torch.tensor(labels, dtype=torch.int64)
    better = y.unsqueeze(1) > y.unsqueeze(0)
    pairs = int(better.sum())
    if pairs == 0:
        return {"loss": 0.0, "grad": [0.0] * len(scores)}
    margin = sigma * (s.unsqueeze(1) - s.unsqueeze(0))
    loss = torch.log(1 + torch.exp(-margin[better])).sum() / pairs
    loss.backward()
    return {"loss": loss.item(), "grad": s.grad.tolist()}
