# Mutant: keeps label ties as pairs with target probability 1/2 (the cross-entropy of the original RankNet paper) instead of dropping them
import torch
import torch.nn.functional as F


def ranknet_loss(scores: list[float], labels: list[int], sigma: float) -> dict:
    n = len(scores)
    s = torch.tensor(scores, dtype=torch.float64, requires_grad=True)
    y = torch.tensor(labels, dtype=torch.float64)
    if n < 2 or bool((y == y[0]).all()):
        return {"loss": 0.0, "grad": [0.0] * n}
    i, j = torch.triu_indices(n, n, offset=1)
    target = 0.5 * (1 + torch.sign(y[i] - y[j]))  # 1, 0 or 1/2 for a tie
    margin = sigma * (s[i] - s[j])
    loss = F.binary_cross_entropy_with_logits(margin, target)
    loss.backward()
    return {"loss": loss.item(), "grad": s.grad.tolist()}
