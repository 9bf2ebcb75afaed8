import torch


def ranknet_loss(scores: list[float], labels: list[int], sigma: float) -> dict:
    # Return {"loss": mean pairwise loss, "grad": [dLoss/dscore for each document]}.
    raise NotImplementedError
