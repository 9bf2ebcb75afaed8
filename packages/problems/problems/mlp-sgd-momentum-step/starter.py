def mlp_sgd_step(
    x: list[list[float]], labels: list[int], params: dict, velocity: dict, hyper: dict
) -> dict:
    # Return {"loss": loss before the step, "params": {...}, "velocity": {...}}, keyed W1, b1, W2, b2.
    raise NotImplementedError
