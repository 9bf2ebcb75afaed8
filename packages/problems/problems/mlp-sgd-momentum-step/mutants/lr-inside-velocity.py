# Mutant: stores the velocity as v = mu v - lr g and adds it to the weights, which moves them the same way but returns another velocity
import torch
import torch.nn.functional as F

NAMES = ("W1", "b1", "W2", "b2")
DECAYED = ("W1", "W2")  # weight decay applies to the weight matrices, never to the biases


def mlp_sgd_step(
    x: list[list[float]], labels: list[int], params: dict, velocity: dict, hyper: dict
) -> dict:
    as_tensor = lambda v: torch.tensor(v, dtype=torch.float64)  # noqa: E731
    p = {k: as_tensor(params[k]).requires_grad_() for k in NAMES}
    inputs = as_tensor(x)
    targets = torch.tensor(labels, dtype=torch.long)

    hidden = torch.relu(inputs @ p["W1"].T + p["b1"])  # relu's gradient at exactly 0 is 0
    logits = hidden @ p["W2"].T + p["b2"]
    loss = F.cross_entropy(logits, targets)  # mean over the batch
    loss.backward()

    lr, mu, decay = hyper["lr"], hyper["momentum"], hyper["weight_decay"]
    new_params, new_velocity = {}, {}
    with torch.no_grad():
        for k in NAMES:
            grad = p[k].grad + (decay * p[k] if k in DECAYED else 0.0)
            v = mu * as_tensor(velocity[k]) - lr * grad
            step = -lr * grad + mu * v if hyper["nesterov"] else v
            new_params[k] = (p[k] + step).tolist()
            new_velocity[k] = v.tolist()
    return {"loss": loss.item(), "params": new_params, "velocity": new_velocity}
