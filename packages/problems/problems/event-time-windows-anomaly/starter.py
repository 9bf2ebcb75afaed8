import numpy as np
import pandas as pd
from sklearn.linear_model import Ridge


def window_anomaly_scores(
    events: list[list], window: int, delay: int, lags: int, train_windows: int, alpha: float
) -> dict:
    # Return {"windows": [[start, count, total], ...], "late": int, "scores": [...]}.
    raise NotImplementedError
