# Mutant: concatenates and sorts by (key, newest timestamp first) and keeps the first row per key, so a tie goes to the older shard
def compact_shards(shards: list[list[list]]) -> list[list]:
    writes = sorted((write for shard in shards for write in shard), key=lambda w: (w[0], -w[1]))
    result = []
    previous = None
    for key, timestamp, value in writes:
        if key == previous:
            continue
        previous = key
        if value != "":
            result.append([key, timestamp, value])
    return result
