def best_stump(features: list[list[float]], labels: list[int]) -> dict | None:
    # Return {"feature", "threshold", "impurity"} of the best split, or None if no split exists.
    raise NotImplementedError
