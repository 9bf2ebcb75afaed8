# Mutant: sorts on the raw float scores, so equal sums that round differently are not tied
EPS = 1e-12


def reciprocal_rank_fusion(rankings: list[list[str]], c: int, m: int) -> list[str]:
    score: dict[str, float] = {}
    best: dict[str, int] = {}
    for ranking in rankings:
        seen: set[str] = set()
        for rank, doc in enumerate(ranking, start=1):
            # A repeat inside one list is the retriever's noise: only its best position counts.
            if doc in seen:
                continue
            seen.add(doc)
            score[doc] = score.get(doc, 0.0) + 1.0 / (c + rank)
            if rank < best.get(doc, rank + 1):
                best[doc] = rank
    # Sort on the raw float first: equal scores may differ in their last bits, but the statement
    # guarantees that different scores are far apart, so every tied group ends up adjacent.
    order = sorted(score, key=lambda doc: -score[doc])
    fused: list[str] = []
    start = 0
    while start < len(order) and len(fused) < m:
        end = start + 1
        while end < len(order) and score[order[start]] == score[order[end]]:
            end += 1
        # Within a tie: best single rank first, then the id in code-point order.
        fused.extend(sorted(order[start:end], key=lambda doc: (best[doc], doc)))
        start = end
    return fused[:m]
