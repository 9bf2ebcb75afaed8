def smoothed_cross_entropy(logits: list[list[float]], targets: list[int], smoothing: float) -> dict:
    # Return {"loss": mean smoothed cross-entropy, "grad": d loss / d logits, one row per logit row}.
    raise NotImplementedError
