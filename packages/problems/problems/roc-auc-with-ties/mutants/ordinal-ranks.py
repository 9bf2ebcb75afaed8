# Mutant: gives tied scores consecutive ranks instead of their average rank
def roc_auc(scores: list[float], labels: list[int]) -> float | None:
    n = len(scores)
    n_pos = sum(labels)
    n_neg = n - n_pos
    if n_pos == 0 or n_neg == 0:
        return None

    order = sorted(range(n), key=lambda i: scores[i])
    positive_rank_sum = 0.0
    i = 0
    while i < n:
        j = i
        midrank = (i + j) / 2 + 1  # ranks are 1-based; a tie group shares its average rank
        positive_rank_sum += midrank * sum(labels[order[t]] for t in range(i, j + 1))
        i = j + 1

    u = positive_rank_sum - n_pos * (n_pos + 1) / 2
    return u / (n_pos * n_neg)
