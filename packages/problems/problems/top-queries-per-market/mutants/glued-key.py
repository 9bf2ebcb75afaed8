# Mutant: keys the groups by market + query glued into one string, so ("AB", "C") and ("A", "BC") share a group
from collections import defaultdict


def top_queries_per_market(shards, k, min_users):
    searches = defaultdict(int)
    users = defaultdict(set)
    first = {}
    for shard in shards:
        for user, market, query in shard:
            key = market + query
            first.setdefault(key, (market, query))
            searches[key] += 1
            users[key].add(user)

    by_market = defaultdict(list)
    for key, people in users.items():
        market, query = first[key]
        if len(people) >= min_users:
            by_market[market].append([query, searches[key], len(people)])
    return {m: sorted(rows, key=lambda r: (-r[1], -r[2], r[0]))[:k] for m, rows in by_market.items()}
