def rolling_p50(latencies: list[int], window: int) -> dict:
    # Return {"medians": [[i, p50], ...] at i = 0 and wherever the p50 changes,
    #         "alerts": [i, ...] where latencies[i] > 3 * p50 of the window ending at i - 1}.
    # p50 of k values: the ceil(k / 2)-th smallest (the lower middle for even k).
    raise NotImplementedError
