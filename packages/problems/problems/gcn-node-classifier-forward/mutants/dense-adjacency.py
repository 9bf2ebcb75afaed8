# Mutant: builds the dense n x n normalised adjacency, correct on small graphs but O(n^2) memory, which the largest test does not allow
import torch


def gcn_forward(num_nodes, edges, features, W1, b1, W2, b2):
    if num_nodes == 0:
        return []
    t = lambda v: torch.tensor(v, dtype=torch.float64)  # noqa: E731
    n = num_nodes
    a = torch.eye(n, dtype=torch.float64)
    for u, v in edges:
        if u != v:
            a[u, v] = a[v, u] = 1.0
    inv_sqrt = a.sum(dim=1).rsqrt()
    a_hat = inv_sqrt.unsqueeze(1) * a * inv_sqrt.unsqueeze(0)
    hidden = torch.relu(a_hat @ (t(features) @ t(W1)) + t(b1))
    logits = a_hat @ (hidden @ t(W2)) + t(b2)
    return torch.softmax(logits, dim=1).tolist()
