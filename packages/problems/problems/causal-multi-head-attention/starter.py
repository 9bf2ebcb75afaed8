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
    # Return {"output": B x T x d_model, "attention": B x T x T weights of head `head`}.
    raise NotImplementedError
