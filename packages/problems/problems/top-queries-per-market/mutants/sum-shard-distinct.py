# Mutant: counts distinct users inside each shard and adds the per-shard counts, so a person in several files counts several times
from collections import defaultdict


def top_queries_per_market(shards, k, min_users):
    searches = defaultdict(int)
    users = defaultdict(int)
    for shard in shards:
        local = defaultdict(set)
        for user, market, query in shard:
            searches[market, query] += 1
            local[market, query].add(user)
        for pair, people in local.items():
            users[pair] += len(people)

    by_market = defaultdict(list)
    for (market, query), n in users.items():
        if n >= min_users:
            by_market[market].append([query, searches[market, query], n])
    return {m: sorted(rows, key=lambda r: (-r[1], -r[2], r[0]))[:k] for m, rows in by_market.items()}
