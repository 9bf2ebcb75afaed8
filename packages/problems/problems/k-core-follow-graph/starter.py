def core_numbers(n: int, edges: list[list[int]]) -> list[int]:
    # edges[i] = [a, b]: a and b are connected (pairs may repeat, in either order, and may be [a, a]).
    # Return core[v] for every member v = 0 .. n-1.
    raise NotImplementedError
