def lsh_candidate_pairs(
    vectors: list[list[float]], hyperplanes: list[list[float]], bands: int
) -> list[tuple[int, int]]:
    # Return every (i, j), i < j, whose signatures agree on at least one band, sorted.
    raise NotImplementedError
