# Mutant: drops the covariance term: Var(R) = (s_c^2 + R^2 s_v^2) / (n mean_v^2)
import math

Z_975 = 1.959963984540054


def _arm(users: list[list[int]]) -> tuple[float | None, float | None]:
    """The arm's ratio of sums and its delta-method variance (None where undefined)."""
    n = len(users)
    total_clicks = sum(c for c, _ in users)
    total_views = sum(v for _, v in users)
    if total_views == 0:
        return None, None
    ratio = total_clicks / total_views
    if n < 2:
        return ratio, None
    # Linearised residual c - R v: its sample variance equals
    # var(c) - 2 R cov(c, v) + R^2 var(v), without the cancellation of the expanded form.
    mean_c = total_clicks / n
    mean_v = total_views / n
    squares = 0.0
    for clicks, views in users:
        squares += (clicks - mean_c) ** 2 + ratio * ratio * (views - mean_v) ** 2
    # Var(R) = s_d^2 / (n * mean_v^2) = n * sum(d^2) / ((n - 1) * (sum v)^2)
    variance = n * squares / ((n - 1) * total_views * total_views)
    return ratio, variance


def ratio_metric_test(control: list[list[int]], treatment: list[list[int]]) -> dict:
    ratio_c, var_c = _arm(control)
    ratio_t, var_t = _arm(treatment)
    result: dict = {"diff": None, "se": None, "z": None, "ci_low": None, "ci_high": None}
    if ratio_c is None or ratio_t is None:
        return result
    diff = ratio_t - ratio_c
    result["diff"] = diff
    if var_c is None or var_t is None:
        return result
    se = math.sqrt(var_c + var_t)
    result["se"] = se
    result["z"] = diff / se if se > 0 else None
    result["ci_low"] = diff - Z_975 * se
    result["ci_high"] = diff + Z_975 * se
    return result
