def merge_and_estimate(sketches: list[list[int]], items: list[int], p: int) -> dict:
    # m = 2 ** p registers; merge the sketches, add the items with the stated 64-bit hash.
    # Return {"estimate": float, "zero_registers": int, "registers": [...]}.
    raise NotImplementedError
