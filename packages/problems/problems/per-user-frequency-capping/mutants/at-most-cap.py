# Mutant: serves while the count is at most the cap, so one impression too many gets through
from collections import defaultdict, deque


def cap_impressions(events: list[list[int]], user_cap: int, campaign_cap: int, window: int) -> list[bool]:
    # Decide in time order; sorted() is stable, so equal times keep the log's order.
    order = sorted(range(len(events)), key=lambda i: events[i][2])
    by_user: dict[int, deque[int]] = defaultdict(deque)
    by_pair: dict[tuple[int, int], deque[int]] = defaultdict(deque)
    served = [False] * len(events)
    for i in order:
        user, campaign, t = events[i]
        recent_user = by_user[user]
        recent_pair = by_pair[(user, campaign)]
        # Times only grow, so an impression that has left the window never returns to it.
        while recent_user and recent_user[0] <= t - window:
            recent_user.popleft()
        while recent_pair and recent_pair[0] <= t - window:
            recent_pair.popleft()
        if len(recent_user) <= user_cap and len(recent_pair) <= campaign_cap:
            served[i] = True
            recent_user.append(t)
            recent_pair.append(t)
    return served
