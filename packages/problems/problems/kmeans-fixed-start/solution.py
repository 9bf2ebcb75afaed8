def kmeans(points: list[list[float]], centroids: list[list[float]], max_iter: int) -> dict:
    current = [list(c) for c in centroids]
    assignments: list[int] = []
    iterations = 0
    if not points:
        return {"centroids": current, "assignments": assignments, "iterations": iterations}

    while iterations < max_iter:
        nearest = [_nearest(p, current) for p in points]
        # The first pass always counts as a change, even if every point picks centroid 0.
        if iterations > 0 and nearest == assignments:
            break
        assignments = nearest
        current = _means(points, assignments, current)
        iterations += 1
    return {"centroids": current, "assignments": assignments, "iterations": iterations}


def _nearest(point: list[float], centroids: list[list[float]]) -> int:
    best, best_dist = 0, float("inf")
    for j, c in enumerate(centroids):
        dist = sum((x - y) ** 2 for x, y in zip(point, c))
        if dist < best_dist:  # strict, so a tie stays with the lower index
            best, best_dist = j, dist
    return best


def _means(
    points: list[list[float]], assignments: list[int], previous: list[list[float]]
) -> list[list[float]]:
    dim = len(previous[0])
    sums = [[0.0] * dim for _ in previous]
    sizes = [0] * len(previous)
    for point, j in zip(points, assignments):
        sizes[j] += 1
        row = sums[j]
        for t, x in enumerate(point):
            row[t] += x
    # A centroid that lost every point stays where the last update left it.
    return [
        [s / size for s in row] if size else list(prev)
        for row, size, prev in zip(sums, sizes, previous)
    ]
