def rebalance_ring(nodes_before: list[dict], nodes_after: list[dict], keys: list[str]) -> dict:
    # nodes_*: [{"name": str, "replicas": int}, ...]; keys: ASCII strings (repeats count).
    # Return {"moved": int, "load_after": {node name: key count, for every node after}}.
    raise NotImplementedError
