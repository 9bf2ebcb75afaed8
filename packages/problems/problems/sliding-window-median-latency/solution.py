import heapq


def rolling_p50(latencies: list[int], window: int) -> dict:
    n = len(latencies)
    # A key value * shift + position is unique and orders like the value, so the heaps never
    # compare equal entries and an entry's position tells when it has left the window.
    shift = n + 1
    low: list[int] = []  # max-heap (negated keys) of the lower half; its top is the p50
    high: list[int] = []  # min-heap of the upper half
    in_low = [False] * n
    low_live = high_live = 0
    medians: list[list[int]] = []
    alerts: list[int] = []
    previous = -1
    for i, x in enumerate(latencies):
        start = i - window + 1
        # The p50 before request i is still the one computed at i - 1.
        if i > 0 and x > 3 * previous:
            alerts.append(i)
        # Entries that left the window stay in a heap until they reach its top (lazy deletion).
        while low and (-low[0]) % shift < start:
            heapq.heappop(low)
        if low and x <= (-low[0]) // shift:
            heapq.heappush(low, -(x * shift + i))
            in_low[i] = True
            low_live += 1
        else:
            heapq.heappush(high, x * shift + i)
            high_live += 1
        if i >= window:
            if in_low[i - window]:
                low_live -= 1
            else:
                high_live -= 1
        while True:
            while low and (-low[0]) % shift < start:
                heapq.heappop(low)
            while high and high[0] % shift < start:
                heapq.heappop(high)
            # The lower half holds ceil(k / 2) live values, so its top is the lower median.
            if low_live > high_live + 1:
                key = -heapq.heappop(low)
                heapq.heappush(high, key)
                in_low[key % shift] = False
                low_live -= 1
                high_live += 1
            elif low_live < high_live:
                key = heapq.heappop(high)
                heapq.heappush(low, -key)
                in_low[key % shift] = True
                low_live += 1
                high_live -= 1
            else:
                break
        median = (-low[0]) // shift
        if median != previous:
            medians.append([i, median])
        previous = median
    return {"medians": medians, "alerts": alerts}
