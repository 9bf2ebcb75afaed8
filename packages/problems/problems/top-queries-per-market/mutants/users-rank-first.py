# Mutant: ranks by the number of different users first and by searches second
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
        if len(people) >= min_users:
            by_market[market].append([query, searches[market, query], len(people)])
    return {m: sorted(rows, key=lambda r: (-r[2], -r[1], r[0]))[:k] for m, rows in by_market.items()}
