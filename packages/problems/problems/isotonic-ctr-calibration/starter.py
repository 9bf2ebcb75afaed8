def calibrate_ctr(
    scores: list[float],
    clicks: list[int],
    weights: list[float],
    query_scores: list[float],
) -> list[float]:
    # Fit isotonic regression of clicks on score (PAV), then map each query score to a CTR.
    raise NotImplementedError
