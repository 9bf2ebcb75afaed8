# Mutant: measures each arm by the mean of the users' own click-through rates (skipping users with no views) instead of the ratio of sums
import math

Z_975 = 1.959963984540054


def _arm(users: list[list[int]]) -> tuple[float | None, float | None]:
    """The arm's mean per-user rate and the variance of that mean (None where undefined)."""
    rates = [c / v for c, v in users if v > 0]
    n = len(rates)
    if n == 0:
        return None, None
    ratio = sum(rates) / n
    if n < 2:
        return ratio, None
    return ratio, sum((r - ratio) ** 2 for r in rates) / ((n - 1) * n)


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
