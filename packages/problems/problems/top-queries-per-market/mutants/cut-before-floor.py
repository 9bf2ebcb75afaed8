# Mutant: keeps each market's top k by the ranking first and only then drops the queries under the floor
from collections import defaultdict


def top_queries_per_market(shards, k, min_users):
    searches = defaultdict(int)
    users = defaultdict(set)
    for shard in shards:
        for user, market, query in shard:
            searches[market, query] += 1
            users[market, query].add(user)

    by_market = defaultdict(list)
    for (market, query), people in users.items():
        by_market[market].append([query, searches[market, query], len(people)])
    result = {}
    for market, rows in by_market.items():
        top = sorted(rows, key=lambda r: (-r[1], -r[2], r[0]))[:k]
        kept = [r for r in top if r[2] >= min_users]
        if kept:
            result[market] = kept
    return result
