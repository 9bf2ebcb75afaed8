# Mutant: rescans every record once per market, O(markets * records)
def top_queries_per_market(shards, k, min_users):
    markets = sorted({market for shard in shards for _, market, _ in shard})
    result = {}
    for market in markets:
        searches = {}
        users = {}
        for shard in shards:
            for user, m, query in shard:
                if m != market:
                    continue
                searches[query] = searches.get(query, 0) + 1
                users.setdefault(query, set()).add(user)
        rows = [[q, searches[q], len(u)] for q, u in users.items() if len(u) >= min_users]
        if rows:
            result[market] = sorted(rows, key=lambda r: (-r[1], -r[2], r[0]))[:k]
    return result
