# Mutant: leaves predict the mean target y of their rows instead of the mean residual y - f
def boosting_round(x: list[list[float]], y: list[float], f: list[float], learning_rate: float) -> dict:
    n = len(y)
    d = len(x[0])
    residuals = [y[i] - f[i] for i in range(n)]
    mean = sum(residuals) / n
    # Centring keeps the split scores accurate when residuals share a large offset.
    centred = [r - mean for r in residuals]
    total = sum(centred)
    tolerance = 1e-9 * sum(c * c for c in centred)
    best = None  # (gain, feature, threshold)
    for j in range(d):
        order = sorted(range(n), key=lambda i: x[i][j])
        left_sum = 0.0
        for pos in range(n - 1):
            left_sum += centred[order[pos]]
            here, after = x[order[pos]][j], x[order[pos + 1]][j]
            if here == after:
                continue  # rows with equal values always land in the same leaf
            n_left = pos + 1
            right_sum = total - left_sum
            # Lowering the squared error by a split is the same as raising this sum.
            gain = left_sum * left_sum / n_left + right_sum * right_sum / (n - n_left)
            # Only a clearly better split replaces the best, so ties keep the earlier one.
            if best is None or gain > best[0] + tolerance:
                best = (gain, j, (here + after) / 2)
    if best is None:
        return {
            "feature": -1,
            "threshold": None,
            "left_value": mean,
            "right_value": mean,
            "predictions": [fi + learning_rate * mean for fi in f],
        }
    _, feature, threshold = best
    # Each leaf predicts the mean residual of its own rows, summed afresh from the residuals.
    goes_left = [row[feature] <= threshold for row in x]
    n_left = sum(goes_left)
    left_value = sum(v for v, g in zip(y, goes_left) if g) / n_left
    right_value = sum(v for v, g in zip(y, goes_left) if not g) / (n - n_left)
    predictions = [fi + learning_rate * (left_value if g else right_value) for fi, g in zip(f, goes_left)]
    return {
        "feature": feature,
        "threshold": threshold,
        "left_value": left_value,
        "right_value": right_value,
        "predictions": predictions,
    }
