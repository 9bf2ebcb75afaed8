# Mutant: scans the window on both sides of every view and counts each pair from both ends, doubling every count
from collections import defaultdict


def covisitation_candidates(events, window, queries, k):
    sessions = defaultdict(list)
    for session, item, t in events:
        sessions[session].append((t, item))
    wanted = set(queries)
    pair_counts = defaultdict(int)
    for views in sessions.values():
        views.sort()
        n = len(views)
        left = 0
        right = 0
        for j in range(n):
            t, item = views[j]
            while views[left][0] < t - window:
                left += 1
            while right < n and views[right][0] <= t + window:
                right += 1
            for i in range(left, right):
                other = views[i][1]
                if i != j and other != item:
                    pair_counts[(other, item) if other < item else (item, other)] += 1
    neighbours = defaultdict(list)
    for (a, b), c in pair_counts.items():
        if a in wanted:
            neighbours[a].append((-c, b))
        if b in wanted:
            neighbours[b].append((-c, a))
    top = {}
    for q in wanted:
        ranked = sorted(neighbours.get(q, []))[:k]
        top[q] = [[item, -neg] for neg, item in ranked]
    return [top[q] for q in queries]
