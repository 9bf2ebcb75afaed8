# Mutant: filters the deletions out of every shard before merging, so an older version of a deleted key reappears
import heapq


def compact_shards(shards: list[list[list]]) -> list[list]:
    shards = [[write for write in shard if write[2] != ""] for shard in shards]
    # Heap of (key, shard, position): the smallest key among the shards' current heads.
    heap = [(shard[0][0], s, 0) for s, shard in enumerate(shards) if shard]
    heapq.heapify(heap)
    result = []
    while heap:
        key = heap[0][0]
        best = None  # (timestamp, shard, value) of the newest version seen for this key
        while heap and heap[0][0] == key:
            _, s, i = heapq.heappop(heap)
            _, timestamp, value = shards[s][i]
            if best is None or (timestamp, s) > best[:2]:
                best = (timestamp, s, value)
            if i + 1 < len(shards[s]):
                heapq.heappush(heap, (shards[s][i + 1][0], s, i + 1))
        if best[2] != "":  # an empty value is a deletion: the key is gone
            result.append([key, best[0], best[2]])
    return result
