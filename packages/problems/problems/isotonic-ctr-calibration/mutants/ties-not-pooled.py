# Mutant: fits one point per impression in score order, so equal scores are not pooled first
import bisect


def calibrate_ctr(
    scores: list[float],
    clicks: list[int],
    weights: list[float],
    query_scores: list[float],
) -> list[float]:
    points = sorted(zip(scores, clicks, weights))

    # Pool adjacent violators: a stack of [weighted clicks, weight, distinct scores covered].
    blocks: list[list[float]] = []
    for x, c, w in points:
        blocks.append([w * c, w, 1])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] > blocks[-1][0] / blocks[-1][1]:
            clicked, weight, covered = blocks.pop()
            blocks[-1][0] += clicked
            blocks[-1][1] += weight
            blocks[-1][2] += covered
    fitted: list[float] = []
    for clicked, weight, covered in blocks:
        fitted.extend([clicked / weight] * int(covered))
    xs = [x for x, _, _ in points]
    # the last fitted value of each distinct score stands for it
    last = {x: f for x, f in zip(xs, fitted)}
    xs = sorted(last)
    fitted = [last[x] for x in xs]

    def predict(x: float) -> float:
        if x <= xs[0]:
            return fitted[0]
        if x >= xs[-1]:
            return fitted[-1]
        j = bisect.bisect_right(xs, x) - 1  # xs[j] <= x < xs[j + 1]
        if xs[j] == x:
            return fitted[j]
        t = (x - xs[j]) / (xs[j + 1] - xs[j])
        return fitted[j] + t * (fitted[j + 1] - fitted[j])

    return [predict(x) for x in query_scores]
