# Mutant: derives the gradient by hand and drops the chain-rule factor sigma, so dL/ds is right only for sigma = 1
import math


def sigmoid(x: float) -> float:
    if x >= 0:
        return 1 / (1 + math.exp(-x))
    e = math.exp(x)
    return e / (1 + e)


def ranknet_loss(scores: list[float], labels: list[int], sigma: float) -> dict:
    n = len(scores)
    grad = [0.0] * n
    total = 0.0
    pairs = 0
    for i in range(n):
        for j in range(n):
            if labels[i] > labels[j]:
                m = sigma * (scores[i] - scores[j])
                total += max(-m, 0.0) + math.log1p(math.exp(-abs(m)))
                lam = sigmoid(-m)
                grad[i] -= lam
                grad[j] += lam
                pairs += 1
    if pairs == 0:
        return {"loss": 0.0, "grad": [0.0] * n}
    return {"loss": total / pairs, "grad": [g / pairs for g in grad]}
