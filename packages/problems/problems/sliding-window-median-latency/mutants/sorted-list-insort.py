# Mutant: keeps the window in a sorted Python list (bisect.insort and del): O(window) shifting per request, too slow for the large case
import bisect


def rolling_p50(latencies: list[int], window: int) -> dict:
    ordered: list[int] = []
    medians: list[list[int]] = []
    alerts: list[int] = []
    previous = -1
    for i, x in enumerate(latencies):
        if i > 0 and x > 3 * previous:
            alerts.append(i)
        bisect.insort(ordered, x)
        if i >= window:
            del ordered[bisect.bisect_left(ordered, latencies[i - window])]
        median = ordered[(len(ordered) - 1) // 2]
        if median != previous:
            medians.append([i, median])
        previous = median
    return {"medians": medians, "alerts": alerts}
