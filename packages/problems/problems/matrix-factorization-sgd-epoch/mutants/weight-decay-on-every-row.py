# Mutant: shrinks every row of both tables at every step, as torch.optim.SGD(weight_decay=reg) over the whole tables does
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
        old_p, old_q = p.clone(), q.clone()
        users.mul_(1 - lr * reg)
        items.mul_(1 - lr * reg)
        p.add_(old_q, alpha=lr * err)
        q.add_(old_p, alpha=lr * err)
    loss = total / len(ratings) if ratings else 0.0
    return {"user_factors": users.tolist(), "item_factors": items.tolist(), "loss": loss}
