# Mutant: sorts a copy of every window: O(n * window log window), far too slow for the large case
def rolling_p50(latencies: list[int], window: int) -> dict:
    medians: list[list[int]] = []
    alerts: list[int] = []
    previous = -1
    for i, x in enumerate(latencies):
        if i > 0 and x > 3 * previous:
            alerts.append(i)
        current = sorted(latencies[max(0, i - window + 1) : i + 1])
        median = current[(len(current) - 1) // 2]
        if median != previous:
            medians.append([i, median])
        previous = median
    return {"medians": medians, "alerts": alerts}
