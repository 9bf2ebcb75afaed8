def pagerank(
    n: int, edges: list[list[int]], damping: float, tol: float, max_iter: int
) -> list[float]:
    # Return the PageRank of nodes 0..n-1 by power iteration (dangling mass spread uniformly).
    raise NotImplementedError
