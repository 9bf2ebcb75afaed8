# Mutant: charges the second-highest bid even when the reserve is higher
import heapq


def run_auctions(campaigns: list[list[int]], reserves: list[int]) -> list[int]:
    n = len(reserves)
    spend = [0] * len(campaigns)
    # Campaigns that may bid now, highest bid first and then lowest index. Only the winner's state
    # ever changes, and the winner is always at the top, so nothing else has to leave this heap.
    active = [(-bid, j) for j, (bid, budget) in enumerate(campaigns) if budget >= bid]
    heapq.heapify(active)
    resting: list[tuple[int, int]] = []  # (first auction it may bid in again, campaign)
    for i, reserve in enumerate(reserves):
        while resting and resting[0][0] <= i:
            _, j = heapq.heappop(resting)
            heapq.heappush(active, (-campaigns[j][0], j))
        if not active or -active[0][0] < reserve:
            continue
        _, winner = heapq.heappop(active)
        second = -active[0][0] if active else 0
        spend[winner] += second if second else reserve
        bid, budget = campaigns[winner]
        if budget - spend[winner] >= bid:
            # Throttled until spend * n <= budget * i, i.e. until auction ceil(spend * n / budget).
            heapq.heappush(resting, (-(-spend[winner] * n // budget), winner))
    return spend
