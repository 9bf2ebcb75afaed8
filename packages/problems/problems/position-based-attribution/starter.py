def attribute_conversions(
    touches: list[list], conversions: list[list], lookback: int
) -> list[list]:
    # Return [channel, credit] pairs, highest credit first.
    raise NotImplementedError
