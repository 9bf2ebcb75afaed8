# Mutant: looks every distinct id up again in every list, O(U * T); right answers, too slow on the largest test
EPS = 1e-12


def reciprocal_rank_fusion(rankings: list[list[str]], c: int, m: int) -> list[str]:
    docs = list(dict.fromkeys(doc for ranking in rankings for doc in ranking))
    score: dict[str, float] = {}
    best: dict[str, int] = {}
    for doc in docs:
        total = 0.0
        top = None
        for ranking in rankings:
            if doc in ranking:
                rank = ranking.index(doc) + 1
                total += 1.0 / (c + rank)
                top = rank if top is None else min(top, rank)
        score[doc] = total
        best[doc] = top
    order = sorted(docs, key=lambda doc: -score[doc])
    fused: list[str] = []
    start = 0
    while start < len(order) and len(fused) < m:
        end = start + 1
        while end < len(order) and score[order[start]] - score[order[end]] <= EPS:
            end += 1
        fused.extend(sorted(order[start:end], key=lambda doc: (best[doc], doc)))
        start = end
    return fused[:m]
