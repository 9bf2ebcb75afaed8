# Mutant: reports only the squared-error part of the loss, leaving out the regularisation term
import torch


def mf_sgd_epoch(
    user_factors: list[list[float]],
    item_factors: list[list[float]],
    ratings: list[list[float]],
    lr: float,
    reg: float,
) -> dict:
    users = torch.tensor(user_factors, dtype=torch.float64)
    items = torch.tensor(item_factors, dtype=torch.float64)
    total = 0.0
    for u, i, r in ratings:
        p, q = users[u], items[i]  # views: changing them in place changes the tables
        err = r - float(p @ q)
        # This triple's loss, from both rows as they are before its step.
        total += 0.5 * err * err
        # p -= lr * (reg * p - err * q) and q -= lr * (reg * q - err * p), both from the old rows.
        old_p = p.clone()
        p.mul_(1 - lr * reg).add_(q, alpha=lr * err)
        q.mul_(1 - lr * reg).add_(old_p, alpha=lr * err)
    loss = total / len(ratings) if ratings else 0.0
    return {"user_factors": users.tolist(), "item_factors": items.tolist(), "loss": loss}
