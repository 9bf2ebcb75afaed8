# Mutant: for each k removes the accounts below k in one sweep, without re-checking neighbours that drop below k
def core_numbers(n: int, edges: list[list[int]]) -> list[int]:
    neighbours: list[set[int]] = [set() for _ in range(n)]
    for a, b in edges:
        if a != b:
            neighbours[a].add(b)
            neighbours[b].add(a)
    degree = [len(s) for s in neighbours]
    removed = [False] * n
    core = [0] * n
    left = n
    k = 0
    while left:
        k += 1
        drop = [v for v in range(n) if not removed[v] and degree[v] < k]
        for v in drop:
            removed[v] = True
        for v in drop:
            core[v] = k - 1
            left -= 1
            for u in neighbours[v]:
                if not removed[u]:
                    degree[u] -= 1
    return core
