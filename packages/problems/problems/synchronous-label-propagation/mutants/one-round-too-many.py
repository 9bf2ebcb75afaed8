# Mutant: runs max_rounds + 1 rounds when labels keep changing
from collections import Counter


def propagate_labels(n: int, edges: list[list[int]], max_rounds: int) -> list[int]:
    neighbors: list[list[int]] = [[] for _ in range(n)]
    for a, b in edges:
        if a != b:  # a self-pair is not a neighbour; repeated pairs vote once per listing
            neighbors[a].append(b)
            neighbors[b].append(a)
    labels = list(range(n))
    for _ in range(max_rounds + 1):
        # every member reads the labels of the previous round, never this round's
        new_labels = labels[:]
        for v in range(n):
            if neighbors[v]:
                votes = Counter(labels[u] for u in neighbors[v])
                top = max(votes.values())
                new_labels[v] = min(label for label, count in votes.items() if count == top)
        if new_labels == labels:
            break
        labels = new_labels
    return labels
