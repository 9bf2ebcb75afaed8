# Mutant: keeps every repeated pair, so a pair logged three times adds three to each degree
def core_numbers(n: int, edges: list[list[int]]) -> list[int]:
    # A self-pair connects nobody.
    pairs = [(a, b) for a, b in edges if a != b]
    adjacency: list[list[int]] = [[] for _ in range(n)]
    for a, b in pairs:
        adjacency[a].append(b)
        adjacency[b].append(a)
    degree = [len(neighbours) for neighbours in adjacency]
    max_degree = max(degree, default=0)

    # Counting sort of the members by degree: order[pos[v]] = v, bucket_start[d] = first slot of degree d.
    bucket_start = [0] * (max_degree + 2)
    for d in degree:
        bucket_start[d + 1] += 1
    for d in range(max_degree + 1):
        bucket_start[d + 1] += bucket_start[d]
    order = [0] * n
    pos = [0] * n
    fill = bucket_start[:]
    for v in range(n):
        pos[v] = fill[degree[v]]
        order[pos[v]] = v
        fill[degree[v]] += 1

    # Take members in order of current degree; that degree is the member's core number.
    for i in range(n):
        v = order[i]
        dv = degree[v]
        for u in adjacency[v]:
            du = degree[u]
            if du > dv:
                # Swap u to the front of its bucket, then shrink the bucket by one: u moves down to du - 1.
                first = bucket_start[du]
                w = order[first]
                if w != u:
                    pu = pos[u]
                    order[first], order[pu] = u, w
                    pos[u], pos[w] = first, pu
                bucket_start[du] += 1
                degree[u] = du - 1
    return degree
