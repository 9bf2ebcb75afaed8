# Mutant: adds the pair's lambda to the better document and subtracts it from the worse, the ascent direction instead of dL/ds
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
                lam = sigma * sigmoid(-m)
                grad[i] += lam
                grad[j] -= lam
                pairs += 1
    if pairs == 0:
        return {"loss": 0.0, "grad": [0.0] * n}
    return {"loss": total / pairs, "grad": [g / pairs for g in grad]}
