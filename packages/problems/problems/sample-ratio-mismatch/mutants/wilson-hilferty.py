# Mutant: approximates the chi-square tail with the Wilson-Hilferty cube-root normal approximation
import math


def srm_check(counts: list[int], weights: list[float], alpha: float) -> dict:
    df = len(counts) - 1
    total = sum(counts)
    if df < 1 or total == 0:
        return {"statistic": 0.0, "df": max(df, 0), "p_value": 1.0, "mismatch": False}
    weight_sum = sum(weights)
    statistic = 0.0
    for observed, weight in zip(counts, weights):
        expected = total * weight / weight_sum
        statistic += (observed - expected) ** 2 / expected
    # (X / df)^(1/3) is close to normal with mean 1 - 2/(9 df) and variance 2/(9 df).
    spread = 2 / (9 * df)
    z = ((statistic / df) ** (1 / 3) - (1 - spread)) / math.sqrt(spread)
    p_value = 0.5 * math.erfc(z / math.sqrt(2))
    return {"statistic": statistic, "df": df, "p_value": p_value, "mismatch": p_value < alpha}
