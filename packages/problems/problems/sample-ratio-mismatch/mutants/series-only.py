# Mutant: sums the power series of P(a, x) for a fixed 100 terms at every x and returns 1 - P, with no continued fraction for the tail
import math


def _upper_gamma_q(a: float, x: float) -> float:
    if x <= 0:
        return 1.0
    term = total = 1.0 / a
    for n in range(1, 100):
        term *= x / (a + n)
        total += term
    return 1.0 - total * math.exp(a * math.log(x) - x - math.lgamma(a))


def srm_check(counts: list[int], weights: list[float], alpha: float) -> dict:
    df = len(counts) - 1
    total = sum(counts)
    if df < 1 or total == 0:
        return {"statistic": 0.0, "df": max(df, 0), "p_value": 1.0, "mismatch": False}
    weight_sum = sum(weights)
    statistic = sum(
        (observed - total * weight / weight_sum) ** 2 / (total * weight / weight_sum)
        for observed, weight in zip(counts, weights)
    )
    p_value = min(1.0, max(0.0, _upper_gamma_q(df / 2, statistic / 2)))
    return {"statistic": statistic, "df": df, "p_value": p_value, "mismatch": p_value < alpha}
