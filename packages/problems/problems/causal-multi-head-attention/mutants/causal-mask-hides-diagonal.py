# Mutant: builds the causal mask with triu(diagonal=0), which also hides each token from itself
import math

import torch


def causal_self_attention(
    x: list[list[list[float]]],
    w_q: list[list[float]],
    w_k: list[list[float]],
    w_v: list[list[float]],
    w_o: list[list[float]],
    num_heads: int,
    padding_mask: list[list[int]],
    head: int,
) -> dict:
    def as_tensor(values):
        return torch.tensor(values, dtype=torch.float64)

    xs = as_tensor(x)
    batch, length, d_model = xs.shape
    d_head = d_model // num_heads

    def split_heads(w):
        # (B, T, D) @ (D, D) -> (B, T, H, d_head) -> (B, H, T, d_head): head h owns columns h*d_head...
        return (xs @ as_tensor(w)).view(batch, length, num_heads, d_head).transpose(1, 2)

    q, k, v = split_heads(w_q), split_heads(w_k), split_heads(w_v)
    scores = q @ k.transpose(-2, -1) / math.sqrt(d_head)  # (B, H, T queries, T keys)

    real = torch.tensor(padding_mask, dtype=torch.bool)  # (B, T)
    causal = ~torch.ones(length, length, dtype=torch.bool).triu(diagonal=0)
    allowed = causal & real[:, None, None, :]  # real keys only; broadcast over heads and queries
    weights = torch.softmax(scores.masked_fill(~allowed, float("-inf")), dim=-1)
    # A padded query gets a zero row; with left padding it may have no key at all (a NaN row).
    weights = weights.masked_fill(~real[:, None, :, None], 0.0)

    heads = (weights @ v).transpose(1, 2).reshape(batch, length, d_model)  # concatenate heads
    output = heads @ as_tensor(w_o)
    return {"output": output.tolist(), "attention": weights[:, head].tolist()}
