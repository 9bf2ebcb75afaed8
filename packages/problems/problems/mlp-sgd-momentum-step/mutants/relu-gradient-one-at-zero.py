# Mutant: backpropagates by hand with the ReLU mask a >= 0, so a pre-activation of exactly 0 passes gradient
import torch

NAMES = ("W1", "b1", "W2", "b2")


def mlp_sgd_step(x, labels, params, velocity, hyper):
    t = lambda v: torch.tensor(v, dtype=torch.float64)  # noqa: E731
    p = {k: t(params[k]) for k in NAMES}
    inputs, n = t(x), len(x)
    a = inputs @ p["W1"].T + p["b1"]
    hidden = a.clamp(min=0)
    logits = hidden @ p["W2"].T + p["b2"]
    log_p = torch.log_softmax(logits, dim=1)
    rows = torch.arange(n)
    y = torch.tensor(labels)
    loss = -log_p[rows, y].mean()

    d_logits = log_p.exp()
    d_logits[rows, y] -= 1.0
    d_logits /= n
    grads = {"W2": d_logits.T @ hidden, "b2": d_logits.sum(0)}
    d_a = (d_logits @ p["W2"]) * (a >= 0)
    grads["W1"] = d_a.T @ inputs
    grads["b1"] = d_a.sum(0)

    lr, mu, decay = hyper["lr"], hyper["momentum"], hyper["weight_decay"]
    out_p, out_v = {}, {}
    for k in NAMES:
        g = grads[k] + (decay * p[k] if k in ("W1", "W2") else 0.0)
        v = mu * t(velocity[k]) + g
        s = g + mu * v if hyper["nesterov"] else v
        out_p[k] = (p[k] - lr * s).tolist()
        out_v[k] = v.tolist()
    return {"loss": loss.item(), "params": out_p, "velocity": out_v}
