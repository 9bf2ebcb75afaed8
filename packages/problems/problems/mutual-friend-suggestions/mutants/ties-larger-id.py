# Mutant: sorts (count, id) in reverse, so equal counts go to the larger member number
from collections import Counter


def suggest_friends(n: int, edges: list[list[int]], user: int, k: int) -> list[tuple[int, int]]:
    friends: list[set[int]] = [set() for _ in range(n)]
    for a, b in edges:
        if a != b:  # a self-pair befriends nobody; sets drop repeated pairs
            friends[a].add(b)
            friends[b].add(a)
    mutual_counts: Counter[int] = Counter()
    for friend in friends[user]:
        for candidate in friends[friend]:
            if candidate != user and candidate not in friends[user]:
                mutual_counts[candidate] += 1
    ranked = sorted(mutual_counts.items(), key=lambda item: (item[1], item[0]), reverse=True)
    return ranked[:k]
