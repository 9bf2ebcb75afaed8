def sequential_monitor(info: list[float], z: list[float], alpha: float) -> dict:
    # Return {"boundaries": [one z boundary per planned look], "stop_look": 1-based look, or 0}.
    raise NotImplementedError
