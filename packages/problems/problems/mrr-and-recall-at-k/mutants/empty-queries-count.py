# Mutant: counts a query without relevant ids as a zero instead of skipping it
def mrr_and_recall_at_k(
    rankings: list[list[str]], relevant: list[list[str]], k: int
) -> dict[str, float]:
    rr_total = 0.0
    recall_total = 0.0
    counted = 0
    for ranked, rel in zip(rankings, relevant):
        rel_set = set(rel)
        counted += 1
        if not rel_set:
            continue
        found: set[str] = set()
        for pos, item in enumerate(ranked[:k], start=1):
            if item in rel_set:
                if not found:
                    rr_total += 1.0 / pos
                found.add(item)  # a repeated id is only counted once
        recall_total += len(found) / len(rel_set)
    if counted == 0:
        return {"mrr": 0.0, "recall_at_k": 0.0}
    return {"mrr": rr_total / counted, "recall_at_k": recall_total / counted}
