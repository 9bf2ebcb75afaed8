# Mutant: uses the loss (r - p.q)^2 + reg (|p|^2 + |q|^2) without the 1/2, so the loss and every gradient are doubled
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
        total += err * err + reg * (float(p @ p) + float(q @ q))
        old_p = p.clone()
        p.mul_(1 - 2 * lr * reg).add_(q, alpha=2 * lr * err)
        q.mul_(1 - 2 * lr * reg).add_(old_p, alpha=2 * lr * err)
    loss = total / len(ratings) if ratings else 0.0
    return {"user_factors": users.tolist(), "item_factors": items.tolist(), "loss": loss}
