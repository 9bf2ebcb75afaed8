# Mutant: counts each pair of items at most once per session instead of once per pair of views
from collections import defaultdict


def covisitation_candidates(events, window, queries, k):
    sessions = defaultdict(list)
    for session, item, t in events:
        sessions[session].append((t, item))
    wanted = set(queries)
    pair_counts = defaultdict(int)
    for views in sessions.values():
        views.sort()
        seen = set()
        left = 0
        for right in range(len(views)):
            t, item = views[right]
            while views[left][0] < t - window:
                left += 1
            for i in range(left, right):
                other = views[i][1]
                if other != item:
                    seen.add((other, item) if other < item else (item, other))
        for key in seen:
            pair_counts[key] += 1
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
