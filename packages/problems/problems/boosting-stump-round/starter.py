def boosting_round(x: list[list[float]], y: list[float], f: list[float], learning_rate: float) -> dict:
    # Fit a stump to the residuals y - f and return
    # {"feature", "threshold", "left_value", "right_value", "predictions"}.
    raise NotImplementedError
