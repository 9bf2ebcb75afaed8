def beam_search(logp: list[list[float]], start: int, end: int, beam_width: int, max_len: int,
                alpha: float) -> dict:
    # Return {"tokens": [...], "score": ...}: the best finished hypothesis.
    raise NotImplementedError
