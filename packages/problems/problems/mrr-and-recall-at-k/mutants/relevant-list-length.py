# Mutant: divides by the length of the relevant list, duplicates included
def mrr_and_recall_at_k(
    rankings: list[list[str]], relevant: list[list[str]], k: int
) -> dict[str, float]:
    rr_total = 0.0
    recall_total = 0.0
    counted = 0
    for ranked, rel in zip(rankings, relevant):
        rel_set = set(rel)
        if not rel_set:
            continue  # recall is undefined without relevant items: skip the query
        counted += 1
        found: set[str] = set()
        for pos, item in enumerate(ranked[:k], start=1):
            if item in rel_set:
                if not found:
                    rr_total += 1.0 / pos
                found.add(item)  # a repeated id is only counted once
        recall_total += len(found) / len(rel)
    if counted == 0:
        return {"mrr": 0.0, "recall_at_k": 0.0}
    return {"mrr": rr_total / counted, "recall_at_k": recall_total / counted}
