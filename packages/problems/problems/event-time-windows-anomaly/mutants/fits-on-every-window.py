# Mutant: fits the model on every window with a full history, the scored ones included
import numpy as np
import pandas as pd
from sklearn.linear_model import Ridge


def window_anomaly_scores(
    events: list[list], window: int, delay: int, lags: int, train_windows: int, alpha: float
) -> dict:
    if not events:
        return {"windows": [], "late": 0, "scores": []}
    df = pd.DataFrame(events, columns=["t", "amount"])
    df["amount"] = df["amount"].astype(float)
    df["start"] = df["t"] // window * window

    # The watermark an event meets is the largest event time that arrived before it, minus delay;
    # its window is closed once that watermark reaches the window's end.
    watermark = df["t"].cummax().shift(1) - delay
    late = (watermark >= df["start"] + window).to_numpy()  # NaN (first event) compares False
    kept = df[~late]

    grouped = kept.groupby("start").agg(count=("t", "size"), total=("amount", "sum"))
    starts = range(int(grouped.index.min()), int(grouped.index.max()) + window, window)
    grouped = grouped.reindex(starts, fill_value=0)  # empty windows are windows too
    counts = grouped["count"].astype(float)

    windows = [[int(s), int(c), float(v)] for s, c, v in grouped.itertuples()]
    result = {"windows": windows, "late": int(late.sum()), "scores": []}
    if len(grouped) <= train_windows:
        return result

    # Row j holds the counts of windows j-1, ..., j-lags; rows with an incomplete history go.
    lagged = pd.concat({k: counts.shift(k) for k in range(1, lags + 1)}, axis=1).to_numpy()
    target = counts.to_numpy()
    train = np.arange(lags, train_windows)
    model = Ridge(alpha=float(alpha)).fit(lagged[lags:], target[lags:])
    residual_train = target[train] - model.predict(lagged[train])
    scale = max(float(np.sqrt(np.mean(residual_train**2))), 1.0)

    test = np.arange(train_windows, len(grouped))
    residual = target[test] - model.predict(lagged[test])
    result["scores"] = [float(r) for r in residual / scale]
    return result
