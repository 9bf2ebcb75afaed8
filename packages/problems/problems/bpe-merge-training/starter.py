def train_bpe(corpus: list[str], num_merges: int) -> dict:
    # Learn up to num_merges BPE merges; return {"merges": [[x, y], ...], "tokens": [[...], ...]}.
    raise NotImplementedError
