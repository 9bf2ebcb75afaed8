# Mutant: keeps each pair's users in a list and checks membership with `in`, O(u^2) for a query u people searched
from collections import defaultdict


def top_queries_per_market(shards, k, min_users):
    searches = defaultdict(int)
    users = defaultdict(list)
    for shard in shards:
        for user, market, query in shard:
            searches[market, query] += 1
            if user not in users[market, query]:
                users[market, query].append(user)

    by_market = defaultdict(list)
    for (market, query), people in users.items():
        if len(people) >= min_users:
            by_market[market].append([query, searches[market, query], len(people)])
    return {m: sorted(rows, key=lambda r: (-r[1], -r[2], r[0]))[:k] for m, rows in by_market.items()}
