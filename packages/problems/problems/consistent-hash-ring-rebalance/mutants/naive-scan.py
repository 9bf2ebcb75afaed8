# Mutant: compares every key with every virtual point (O(K P)): correct output, too slow on the large case
FNV_OFFSET = 2166136261
FNV_PRIME = 16777619
MASK32 = 0xFFFFFFFF


def fnv1a(data: bytes) -> int:
    h = FNV_OFFSET
    for b in data:
        h = ((h ^ b) * FNV_PRIME) & MASK32
    return h


def points_of(nodes):
    return [(fnv1a(f"{node['name']}#{i}".encode()), node["name"], i) for node in nodes for i in range(node["replicas"])]


def owner(points, h):
    best = None
    lowest = None
    for p in points:
        if lowest is None or p < lowest:
            lowest = p
        if p[0] >= h and (best is None or p < best):
            best = p
    return (best or lowest)[1]


def rebalance_ring(nodes_before, nodes_after, keys):
    before, after = points_of(nodes_before), points_of(nodes_after)
    load = {node["name"]: 0 for node in nodes_after}
    moved = 0
    for key in keys:
        h = fnv1a(key.encode())
        now = owner(after, h)
        if owner(before, h) != now:
            moved += 1
        load[now] += 1
    return {"moved": moved, "load_after": load}
