def gcn_forward(
    num_nodes: int,
    edges: list[list[int]],
    features: list[list[float]],
    W1: list[list[float]],
    b1: list[float],
    W2: list[list[float]],
    b2: list[float],
) -> list[list[float]]:
    # Return num_nodes rows of class probabilities, one row per node.
    raise NotImplementedError
