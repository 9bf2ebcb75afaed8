def reservoir_sample(stream: list[int], k: int, randoms: list[float]) -> list[int]:
    # Return the k-slot reservoir after Algorithm R, drawing from `randoms` in order.
    raise NotImplementedError
