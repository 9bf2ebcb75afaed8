# Mutant: returns each account's number of distinct connections instead of its core number
def core_numbers(n: int, edges: list[list[int]]) -> list[int]:
    # One friendship per unordered pair; a self-pair connects nobody.
    pairs = {(a, b) if a < b else (b, a) for a, b in edges if a != b}
    adjacency: list[list[int]] = [[] for _ in range(n)]
    for a, b in pairs:
        adjacency[a].append(b)
        adjacency[b].append(a)
    degree = [len(neighbours) for neighbours in adjacency]
    return degree
