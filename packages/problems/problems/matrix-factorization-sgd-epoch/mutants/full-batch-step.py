# Mutant: computes every step from the starting factors and adds them all up (one batch gradient step) instead of one step per triple on the current factors
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
    start_users, start_items = users.clone(), items.clone()
    for u, i, r in ratings:
        p, q = start_users[u], start_items[i]
        err = r - float(p @ q)
        # This triple's loss, from both rows as they are before its step.
        total += 0.5 * err * err + 0.5 * reg * (float(p @ p) + float(q @ q))
        users[u] -= lr * (reg * p - err * q)
        items[i] -= lr * (reg * q - err * p)
    loss = total / len(ratings) if ratings else 0.0
    return {"user_factors": users.tolist(), "item_factors": items.tolist(), "loss": loss}
