def compact_shards(shards: list[list[list]]) -> list[list]:
    # shards[s] is sorted by key; each write is [key, timestamp, value], value "" = deletion.
    # Return the visible [key, timestamp, value] of every live key, sorted by key.
    raise NotImplementedError
