def top_queries_per_market(shards: list[list[list[str]]], k: int, min_users: int) -> dict:
    # For each market, the top k [query, searches, users] rows that clear the privacy floor.
    raise NotImplementedError
