# Mutant: never sorts a session's views by time, so the window sweep runs in log order
from collections import defaultdict


def covisitation_candidates(events, window, queries, k):
    # Group each session's views and put them in time order.
    sessions = defaultdict(list)
    for session, item, t in events:
        sessions[session].append((t, item))
    wanted = set(queries)
    pair_counts = defaultdict(int)  # key (a, b) with a < b
    for views in sessions.values():
        pass
        left = 0
        for right in range(len(views)):
            t, item = views[right]
            # Views before `left` are more than `window` seconds older than this one.
            while views[left][0] < t - window:
                left += 1
            for i in range(left, right):
                other = views[i][1]
                if other != item:
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
