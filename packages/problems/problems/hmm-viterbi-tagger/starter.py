def viterbi_tags(start: list[float], trans: list[list[float]], emit: list[list[float]],
                 words: list[int]) -> dict:
    # Return {"tags": [...], "log_prob": ...} for the most likely tagging of words.
    raise NotImplementedError
