def best_f1_threshold(scores: list[float], labels: list[int]) -> dict:
    # Flag comment i when scores[i] >= t; candidates are the distinct scores.
    # Return {"threshold", "f1", "precision", "recall"} for the best F1 (ties: highest threshold).
    raise NotImplementedError
