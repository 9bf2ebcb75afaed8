# Mutant: reports the mean loss over the triples recomputed with the final factors instead of the running loss before each step
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
        total += 0.5 * err * err + 0.5 * reg * (float(p @ p) + float(q @ q))
        # p -= lr * (reg * p - err * q) and q -= lr * (reg * q - err * p), both from the old rows.
        old_p = p.clone()
        p.mul_(1 - lr * reg).add_(q, alpha=lr * err)
        q.mul_(1 - lr * reg).add_(old_p, alpha=lr * err)
    total = 0.0
    for u, i, r in ratings:
        p, q = users[u], items[i]
        err = r - float(p @ q)
        total += 0.5 * err * err + 0.5 * reg * (float(p @ p) + float(q @ q))
    loss = total / len(ratings) if ratings else 0.0
    return {"user_factors": users.tolist(), "item_factors": items.tolist(), "loss": loss}
