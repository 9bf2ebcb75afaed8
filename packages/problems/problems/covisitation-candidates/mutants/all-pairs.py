# Mutant: compares every pair of views inside a session, O(L^2) per session (correct output, too slow)
from collections import defaultdict


def covisitation_candidates(events, window, queries, k):
    sessions = defaultdict(list)
    for session, item, t in events:
        sessions[session].append((t, item))
    wanted = set(queries)
    pair_counts = defaultdict(int)
    for views in sessions.values():
        n = len(views)
        for i in range(n):
            ti, a = views[i]
            for j in range(i + 1, n):
                tj, b = views[j]
                if a != b and abs(ti - tj) <= window:
                    pair_counts[(a, b) if a < b else (b, a)] += 1
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
