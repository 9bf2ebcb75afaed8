# Mutant: finds the next account to remove by scanning every account for the smallest degree; right answers, O(n^2)
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
    level = 0
    for _ in range(n):
        best = -1
        for v in range(n):
            if not removed[v] and (best < 0 or degree[v] < degree[best]):
                best = v
        removed[best] = True
        level = max(level, degree[best])
        core[best] = level
        for u in neighbours[best]:
            if not removed[u]:
                degree[u] -= 1
    return core
