import pandas as pd
from sklearn.linear_model import LinearRegression


def cuped_effect(users: list[dict]) -> dict:
    # Return {"effect", "std_error", "variance_reduction"} for the pre-period-adjusted metric.
    raise NotImplementedError
