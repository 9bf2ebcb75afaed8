# Mutant: recounts the flagged comments from scratch for every candidate threshold: right answers, O(n^2) time
def best_f1_threshold(scores: list[float], labels: list[int]) -> dict:
    positives = sum(labels)
    best = None
    for threshold in sorted(set(scores), reverse=True):
        flagged = 0
        true_pos = 0
        for score, label in zip(scores, labels):
            if score >= threshold:
                flagged += 1
                true_pos += label
        num, den = 2 * true_pos, flagged + positives
        if best is None or num * best[2] > best[1] * den:
            best = (threshold, num, den, true_pos, flagged)
    threshold, num, den, true_pos, flagged = best
    return {
        "threshold": threshold,
        "f1": num / den,
        "precision": true_pos / flagged,
        "recall": true_pos / positives if positives else 0.0,
    }
