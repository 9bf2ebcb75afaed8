import numpy as np


def als_sweep(
    ratings: list[list[float]], user_factors: list[list[float]], item_factors: list[list[float]], reg: float
) -> dict:
    # ratings[j] = [user, item, rating]. One sweep: users, then items; then the training RMSE.
    # Return {"user_factors": [[...], ...], "item_factors": [[...], ...], "rmse": float}.
    raise NotImplementedError
