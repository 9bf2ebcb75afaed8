# Mutant: recommends items the user has already engaged with
from collections import defaultdict


def recommend_items(
    user_boards: list[list[str]],
    board_items: list[list[str]],
    user_items: list[list[str]],
    user: str,
    alpha: float,
    iterations: int,
    n: int,
) -> list[list]:
    # Nodes are (kind, id) so a user, a board and an item may share an id.
    adj: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)

    def link(a: tuple[str, str], b: tuple[str, str]) -> None:
        adj[a].add(b)
        adj[b].add(a)

    for u, b in user_boards:
        link(("u", u), ("b", b))
    for b, i in board_items:
        link(("b", b), ("i", i))
    for u, i in user_items:
        link(("u", u), ("i", i))

    source = ("u", user)
    if source not in adj:
        return []

    nodes = list(adj)
    index = {node: k for k, node in enumerate(nodes)}
    neighbours = [[index[w] for w in adj[node]] for node in nodes]
    s = index[source]

    rank = [0.0] * len(nodes)
    rank[s] = 1.0
    for _ in range(iterations):
        nxt = [0.0] * len(nodes)
        nxt[s] = alpha
        for v, mass in enumerate(rank):
            if mass:
                share = (1 - alpha) * mass / len(neighbours[v])
                for w in neighbours[v]:
                    nxt[w] += share
        rank = nxt

    seen = {i for u, i in user_items if u == user}
    candidates = []
    for node in nodes:
        kind, item = node
        if kind == "i":
            score = round(rank[index[node]], 9)
            if score > 0:
                candidates.append((score, item))
    candidates.sort(key=lambda c: (-c[0], c[1]))
    return [[item, score] for score, item in candidates[:n]]
