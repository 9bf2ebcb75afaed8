# Mutant: leaves out events at the query time itself
from collections import deque


def sliding_heavy_hitters(
    events: list[list], window: int, percent: int, queries: list[int]
) -> list[list[list]]:
    counts: dict[str, int] = {}
    live: deque = deque()  # events inside the current window, oldest first
    nxt = 0
    answers = []
    for q in queries:
        while nxt < len(events) and events[nxt][0] < q:
            t, item = events[nxt]
            live.append((t, item))
            counts[item] = counts.get(item, 0) + 1
            nxt += 1
        while live and live[0][0] <= q - window:
            _, item = live.popleft()
            counts[item] -= 1
            if counts[item] == 0:
                del counts[item]  # keep the map as small as the window
        total = len(live)
        heavy = [(c, item) for item, c in counts.items() if 100 * c >= percent * total]
        heavy.sort(key=lambda h: (-h[0], h[1]))
        answers.append([[item, c] for c, item in heavy])
    return answers
