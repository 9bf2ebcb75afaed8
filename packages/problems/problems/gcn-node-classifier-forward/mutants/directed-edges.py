# Mutant: treats each listed pair as a directed edge u -> v instead of an undirected one
import torch


def gcn_forward(num_nodes, edges, features, W1, b1, W2, b2):
    if num_nodes == 0:
        return []
    t = lambda v: torch.tensor(v, dtype=torch.float64)  # noqa: E731
    n = num_nodes
    pairs = {(u, v) for u, v in edges if u != v}
    src = [u for u, v in pairs]
    dst = [v for u, v in pairs]
    src, dst = torch.tensor(src, dtype=torch.long), torch.tensor(dst, dtype=torch.long)
    degree = torch.ones(n, dtype=torch.float64).index_add_(0, src, torch.ones(len(src), dtype=torch.float64))
    norm = (degree[src] * degree[dst]).rsqrt()
    self_weight = 1.0 / degree

    def propagate(h):
        out = h * self_weight.unsqueeze(1)
        return out.index_add_(0, src, h[dst] * norm.unsqueeze(1))

    hidden = torch.relu(propagate(t(features) @ t(W1)) + t(b1))
    logits = propagate(hidden @ t(W2)) + t(b2)
    return torch.softmax(logits, dim=1).tolist()
