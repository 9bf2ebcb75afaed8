# Mutant: recomputes both leaves from scratch for every candidate threshold: right answers, O(d n^2) time
def boosting_round(x, y, f, learning_rate):
    n = len(y)
    d = len(x[0])
    residuals = [y[i] - f[i] for i in range(n)]
    mean = sum(residuals) / n
    centred = [r - mean for r in residuals]
    tolerance = 1e-9 * sum(c * c for c in centred)
    best = None
    for j in range(d):
        column = [row[j] for row in x]
        values = sorted(set(column))
        for a, b in zip(values, values[1:]):
            t = (a + b) / 2
            left = [c for c, v in zip(centred, column) if v <= t]
            right = [c for c, v in zip(centred, column) if v > t]
            lm, rm = sum(left) / len(left), sum(right) / len(right)
            loss = sum((c - lm) ** 2 for c in left) + sum((c - rm) ** 2 for c in right)
            if best is None or loss < best[0] - tolerance:
                best = (loss, j, t)
    if best is None:
        return {"feature": -1, "threshold": None, "left_value": mean, "right_value": mean,
                "predictions": [fi + learning_rate * mean for fi in f]}
    _, feature, threshold = best
    goes_left = [row[feature] <= threshold for row in x]
    n_left = sum(goes_left)
    left_value = sum(r for r, g in zip(residuals, goes_left) if g) / n_left
    right_value = sum(r for r, g in zip(residuals, goes_left) if not g) / (n - n_left)
    predictions = [fi + learning_rate * (left_value if g else right_value) for fi, g in zip(f, goes_left)]
    return {"feature": feature, "threshold": threshold, "left_value": left_value,
            "right_value": right_value, "predictions": predictions}
