# Mutant: counts both children afresh for every candidate threshold, O(d n^2)
def best_stump(features: list[list[float]], labels: list[int]) -> dict | None:
    n = len(labels)
    classes = max(labels, default=-1) + 1
    best = None  # (impurity, feature, threshold)
    for j, column in enumerate(features):
        order = sorted(range(n), key=column.__getitem__)
        for pos in range(n - 1):
            here, after = column[order[pos]], column[order[pos + 1]]
            if here == after:
                continue  # equal values cannot be separated
            threshold = (here + after) / 2
            left = [0] * classes
            right = [0] * classes
            for x, y in zip(column, labels):
                if x <= threshold:
                    left[y] += 1
                else:
                    right[y] += 1
            left_sq = sum(c * c for c in left)
            right_sq = sum(c * c for c in right)
            n_left = sum(left)
            impurity = 1 - (left_sq / n_left + right_sq / (n - n_left)) / n
            # Equal impurities may differ in the last bits; the earlier split keeps a tie.
            if best is None or impurity < best[0] - 1e-12:
                best = (impurity, j, (here + after) / 2)
    if best is None:
        return None
    impurity, feature, threshold = best
    return {"feature": feature, "threshold": threshold, "impurity": impurity}
