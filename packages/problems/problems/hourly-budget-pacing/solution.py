SECONDS_PER_HOUR = 3600
HOURS = 24


def pace_campaigns(campaigns: list[list[int]], requests: list[list[int]]) -> list[int]:
    m = len(campaigns)
    # Every campaign bids multiplier * value, so the bid order is the same for every request:
    # highest multiplier first, then lowest index.
    order = sorted(range(m), key=lambda j: (-campaigns[j][1], j))
    budgets = [campaigns[j][0] for j in order]
    multipliers = [campaigns[j][1] for j in order]
    spent = [0] * m
    size = 1
    while size < m:
        size *= 2
    # A max-tree over positions in bid order: each leaf holds what that campaign may still spend
    # this hour, each inner node the largest of its leaves. Padding leaves hold -1.
    room = [-1] * (2 * size)
    hour = -1
    winners = []
    for t, value, price in requests:
        if t // SECONDS_PER_HOUR != hour:
            hour = t // SECONDS_PER_HOUR
            room[size : size + m] = [b * (hour + 1) // HOURS - s for b, s in zip(budgets, spent)]
            level = size // 2
            while level:  # rebuild the inner nodes one level at a time
                room[level : 2 * level] = map(
                    max, room[2 * level : 4 * level : 2], room[2 * level + 1 : 4 * level : 2]
                )
                level //= 2
        if room[1] < price:
            winners.append(-1)
            continue
        node = 1
        while node < size:  # descend to the leftmost campaign with enough room
            node = 2 * node if room[2 * node] >= price else 2 * node + 1
        position = node - size
        # Campaigns further right have enough room too, but none of them bids more.
        if multipliers[position] * value < price:
            winners.append(-1)
            continue
        spent[position] += price
        room[node] -= price
        node //= 2
        while node:  # refresh the ancestors until one keeps its maximum
            best = max(room[2 * node], room[2 * node + 1])
            if room[node] == best:
                break
            room[node] = best
            node //= 2
        winners.append(order[position])
    return winners
