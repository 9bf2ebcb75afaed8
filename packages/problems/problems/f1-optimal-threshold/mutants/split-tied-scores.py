# Mutant: evaluates F1 after every comment instead of after each group of equal scores, splitting tied scores across thresholds
def best_f1_threshold(scores: list[float], labels: list[int]) -> dict:
    n = len(scores)
    order = sorted(range(n), key=scores.__getitem__, reverse=True)
    positives = sum(labels)
    flagged = 0
    true_pos = 0
    best = None  # (threshold, 2TP, flagged + positives, TP, flagged)
    i = 0
    while i < n:
        threshold = scores[order[i]]
        if i < n and scores[order[i]] == threshold:
            true_pos += labels[order[i]]
            flagged += 1
            i += 1
        # F1 = 2TP / (2TP + FP + FN) = 2TP / (flagged + positives): compare exactly as integers.
        num, den = 2 * true_pos, flagged + positives
        # Strictly better only, so an exact tie keeps the earlier, higher threshold.
        if best is None or num * best[2] > best[1] * den:
            best = (threshold, num, den, true_pos, flagged)
    threshold, num, den, true_pos, flagged = best
    return {
        "threshold": threshold,
        "f1": num / den,
        "precision": true_pos / flagged,
        "recall": true_pos / positives if positives else 0.0,
    }
