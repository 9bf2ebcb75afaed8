# Mutant: forgets the constant below the smallest training score
import bisect


def calibrate_ctr(
    scores: list[float],
    clicks: list[int],
    weights: list[float],
    query_scores: list[float],
) -> list[float]:
    # Equal scores must get one value, so pool them first: weighted clicks and weight per score.
    pooled: dict[float, list[float]] = {}
    for s, c, w in zip(scores, clicks, weights):
        acc = pooled.setdefault(s, [0.0, 0.0])
        acc[0] += w * c
        acc[1] += w
    xs = sorted(pooled)

    # Pool adjacent violators: a stack of [weighted clicks, weight, distinct scores covered].
    blocks: list[list[float]] = []
    for x in xs:
        blocks.append([pooled[x][0], pooled[x][1], 1])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] > blocks[-1][0] / blocks[-1][1]:
            clicked, weight, covered = blocks.pop()
            blocks[-1][0] += clicked
            blocks[-1][1] += weight
            blocks[-1][2] += covered
    fitted: list[float] = []
    for clicked, weight, covered in blocks:
        fitted.extend([clicked / weight] * int(covered))

    def predict(x: float) -> float:
        if x >= xs[-1]:
            return fitted[-1]
        j = bisect.bisect_right(xs, x) - 1  # xs[j] <= x < xs[j + 1]
        if xs[j] == x:
            return fitted[j]
        t = (x - xs[j]) / (xs[j + 1] - xs[j])
        return fitted[j] + t * (fitted[j + 1] - fitted[j])

    return [predict(x) for x in query_scores]
