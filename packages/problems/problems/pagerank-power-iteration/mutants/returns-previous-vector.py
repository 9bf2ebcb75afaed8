# Mutant: checks convergence before keeping the new vector, so it returns the one before
def pagerank(
    n: int, edges: list[list[int]], damping: float, tol: float, max_iter: int
) -> list[float]:
    targets: list[set[int]] = [set() for _ in range(n)]
    for u, v in edges:
        targets[u].add(v)  # a repeated edge counts once
    out = [sorted(t) for t in targets]
    dangling_nodes = [u for u in range(n) if not out[u]]

    rank = [1.0 / n] * n
    for _ in range(max_iter):
        dangling = sum(rank[u] for u in dangling_nodes)
        base = (1 - damping) / n + damping * dangling / n
        nxt = [base] * n
        for u in range(n):
            if out[u]:
                share = damping * rank[u] / len(out[u])
                for v in out[u]:
                    nxt[v] += share
        change = sum(abs(a - b) for a, b in zip(nxt, rank))
        if change < tol:
            break
        rank = nxt
    return rank
