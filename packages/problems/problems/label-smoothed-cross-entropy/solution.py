import torch


def smoothed_cross_entropy(logits: list[list[float]], targets: list[int], smoothing: float) -> dict:
    if not logits:
        return {"loss": 0.0, "grad": []}
    z = torch.tensor(logits, dtype=torch.float64)
    y = torch.tensor(targets, dtype=torch.long)
    classes = z.shape[1]
    rows = torch.nonzero(y >= 0).flatten()
    if rows.numel() == 0:
        return {"loss": 0.0, "grad": torch.zeros_like(z).tolist()}

    # log_softmax subtracts each row's maximum before exponentiating, so logits in the
    # thousands neither overflow exp nor send a tiny probability's log to -inf.
    log_p = torch.log_softmax(z[rows], dim=1)
    q = torch.full_like(log_p, smoothing / classes)
    q[torch.arange(rows.numel()), y[rows]] += 1.0 - smoothing
    count = rows.numel()

    loss = -(q * log_p).sum() / count
    grad = torch.zeros_like(z)
    # Each q row sums to 1, so the row gradient of -sum(q log softmax(z)) is softmax(z) - q.
    grad[rows] = (log_p.exp() - q) / count
    return {"loss": loss.item(), "grad": grad.tolist()}
