# Mutant: compares impurities with a plain <, so floating point can break an exact tie the wrong way
def best_stump(features: list[list[float]], labels: list[int]) -> dict | None:
    n = len(labels)
    classes = max(labels, default=-1) + 1
    best = None  # (impurity, feature, threshold)
    for j, column in enumerate(features):
        order = sorted(range(n), key=column.__getitem__)
        left = [0] * classes
        right = [0] * classes
        for y in labels:
            right[y] += 1
        # Sums of squared class counts on each side, kept up to date as samples move left.
        left_sq, right_sq = 0, sum(c * c for c in right)
        for pos in range(n - 1):
            y = labels[order[pos]]
            left_sq += 2 * left[y] + 1
            right_sq -= 2 * right[y] - 1
            left[y] += 1
            right[y] -= 1
            here, after = column[order[pos]], column[order[pos + 1]]
            if here == after:
                continue  # equal values cannot be separated
            n_left = pos + 1
            impurity = 1 - (left_sq / n_left + right_sq / (n - n_left)) / n
            # Equal impurities may differ in the last bits; the earlier split keeps a tie.
            if best is None or impurity < best[0]:
                best = (impurity, j, (here + after) / 2)
    if best is None:
        return None
    impurity, feature, threshold = best
    return {"feature": feature, "threshold": threshold, "impurity": impurity}
