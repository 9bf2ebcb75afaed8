import torch


def gcn_forward(
    num_nodes: int,
    edges: list[list[int]],
    features: list[list[float]],
    W1: list[list[float]],
    b1: list[float],
    W2: list[list[float]],
    b2: list[float],
) -> list[list[float]]:
    if num_nodes == 0:
        return []
    as_tensor = lambda v: torch.tensor(v, dtype=torch.float64)  # noqa: E731
    n = num_nodes

    # One key per unordered pair: repeats and reversed copies collapse, and a listed self-loop
    # is dropped because A + I already gives every node weight 1 on itself.
    pairs = torch.tensor(edges, dtype=torch.long).reshape(-1, 2)
    lo, hi = pairs.min(dim=1).values, pairs.max(dim=1).values
    keys = torch.unique((lo * n + hi)[lo != hi])
    lo, hi = keys // n, keys % n
    src, dst = torch.cat([lo, hi]), torch.cat([hi, lo])

    degree = torch.ones(n, dtype=torch.float64).index_add_(0, src, torch.ones(len(src), dtype=torch.float64))
    inv_sqrt = degree.rsqrt()
    weight = inv_sqrt[src] * inv_sqrt[dst]

    def propagate(h: torch.Tensor) -> torch.Tensor:
        # (D^-1/2 (A + I) D^-1/2) h without an n x n matrix: the self-loop term plus one term per edge.
        out = h / degree.unsqueeze(1)
        return out.index_add_(0, src, h[dst] * weight.unsqueeze(1))

    x = as_tensor(features)
    hidden = torch.relu(propagate(x @ as_tensor(W1)) + as_tensor(b1))
    logits = propagate(hidden @ as_tensor(W2)) + as_tensor(b2)
    return torch.softmax(logits, dim=1).tolist()
