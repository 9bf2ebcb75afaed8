# Mutant: compares F1 computed as 2PR/(P+R) in doubles, so equal fractions that round one ulp apart are not a tie
def best_f1_threshold(scores: list[float], labels: list[int]) -> dict:
    n = len(scores)
    order = sorted(range(n), key=scores.__getitem__, reverse=True)
    positives = sum(labels)
    flagged = 0
    true_pos = 0
    best_f1 = 0.0
    best = None  # (threshold, 2TP, flagged + positives, TP, flagged)
    i = 0
    while i < n:
        # Every comment with this score is flagged at once, so add the whole group first.
        threshold = scores[order[i]]
        while i < n and scores[order[i]] == threshold:
            true_pos += labels[order[i]]
            flagged += 1
            i += 1
        # F1 = 2TP / (2TP + FP + FN) = 2TP / (flagged + positives): compare exactly as integers.
        num, den = 2 * true_pos, flagged + positives
        # Strictly better only, so an exact tie keeps the earlier, higher threshold.
        precision = true_pos / flagged
        recall = true_pos / positives if positives else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
        if best is None or f1 > best_f1:
            best_f1 = f1
            best = (threshold, num, den, true_pos, flagged)
    threshold, num, den, true_pos, flagged = best
    return {
        "threshold": threshold,
        "f1": num / den,
        "precision": true_pos / flagged,
        "recall": true_pos / positives if positives else 0.0,
    }
