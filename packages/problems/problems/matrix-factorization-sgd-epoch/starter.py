import torch


def mf_sgd_epoch(
    user_factors: list[list[float]],
    item_factors: list[list[float]],
    ratings: list[list[float]],
    lr: float,
    reg: float,
) -> dict:
    # Return {"user_factors": ..., "item_factors": ..., "loss": mean loss before each step}.
    raise NotImplementedError
