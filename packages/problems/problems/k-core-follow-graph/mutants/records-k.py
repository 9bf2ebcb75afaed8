# Mutant: an account removed while peeling to the k-core gets k, one more than its core number k - 1
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
        stack = [v for v in range(n) if not removed[v] and degree[v] < k]
        for v in stack:
            removed[v] = True
        while stack:
            v = stack.pop()
            core[v] = k
            left -= 1
            for u in neighbours[v]:
                if not removed[u]:
                    degree[u] -= 1
                    if degree[u] < k:
                        removed[u] = True
                        stack.append(u)
    return core
