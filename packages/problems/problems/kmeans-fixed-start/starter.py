def kmeans(points: list[list[float]], centroids: list[list[float]], max_iter: int) -> dict:
    # Return {"centroids", "assignments", "iterations"} after clustering from the given centroids.
    raise NotImplementedError
