from collections import defaultdict


def top_queries_per_market(shards: list[list[list[str]]], k: int, min_users: int) -> dict:
    # Key by the (market, query) tuple: a joined string could let ("ab", "c") meet ("a", "bc").
    searches: dict[tuple[str, str], int] = defaultdict(int)
    users: dict[tuple[str, str], set[str]] = defaultdict(set)
    for shard in shards:
        for user, market, query in shard:
            searches[market, query] += 1
            # A set across all shards: one person in many hourly files still counts once.
            users[market, query].add(user)

    by_market: dict[str, list[list]] = defaultdict(list)
    for (market, query), people in users.items():
        if len(people) >= min_users:
            by_market[market].append([query, searches[market, query], len(people)])

    return {
        market: sorted(rows, key=lambda r: (-r[1], -r[2], r[0]))[:k]
        for market, rows in by_market.items()
    }
