from bisect import bisect_left

FNV_OFFSET = 2166136261
FNV_PRIME = 16777619
MASK32 = 0xFFFFFFFF


def fnv1a(data: bytes, h: int = FNV_OFFSET) -> int:
    # FNV-1a is a streaming hash: passing a partial state continues it over more bytes.
    for b in data:
        h = ((h ^ b) * FNV_PRIME) & MASK32
    return h


def build_ring(nodes: list[dict]) -> tuple[list[int], list[str]]:
    points = []
    for node in nodes:
        name = node["name"]
        prefix = fnv1a((name + "#").encode())  # hash "name#" once, then only the digits per point
        for i in range(node["replicas"]):
            points.append((fnv1a(str(i).encode(), prefix), name, i))
    points.sort()  # hash, then node name (code points), then index: the statement's tie order
    return [p[0] for p in points], [p[1] for p in points]


def owners(ring: tuple[list[int], list[str]], key_hashes: list[int]) -> list[str]:
    hashes, names = ring
    n = len(hashes)
    result = []
    for h in key_hashes:
        j = bisect_left(hashes, h)  # first point with hash >= h; among equal hashes, the first in order
        result.append(names[j if j < n else 0])  # past the last point: wrap to the first
    return result


def rebalance_ring(nodes_before: list[dict], nodes_after: list[dict], keys: list[str]) -> dict:
    key_hashes = [fnv1a(k.encode()) for k in keys]
    before = owners(build_ring(nodes_before), key_hashes)
    after = owners(build_ring(nodes_after), key_hashes)
    moved = sum(1 for a, b in zip(before, after) if a != b)
    load = {node["name"]: 0 for node in nodes_after}
    for name in after:
        load[name] += 1
    return {"moved": moved, "load_after": load}
