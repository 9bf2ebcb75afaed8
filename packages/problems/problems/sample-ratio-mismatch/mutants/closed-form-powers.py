# Mutant: sums the closed-form tail for whole and half shapes with separate powers and factorials, which overflow once there are hundreds of arms
import math


def _chi2_sf(x: float, df: int) -> float:
    y = x / 2
    if df % 2 == 0:
        # Q(m, y) = e^-y * sum_{j < m} y^j / j!
        return math.exp(-y) * sum(y**j / math.factorial(j) for j in range(df // 2))
    # Q(m + 1/2, y) = erfc(sqrt y) + e^-y * sum_{j=1..m} y^(j - 1/2) / Gamma(j + 1/2)
    tail = math.erfc(math.sqrt(y))
    for j in range(1, (df - 1) // 2 + 1):
        gamma_half = math.factorial(2 * j) * math.sqrt(math.pi) / (4**j * math.factorial(j))
        tail += math.exp(-y) * y ** (j - 0.5) / gamma_half
    return tail


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
    p_value = min(1.0, max(0.0, _chi2_sf(statistic, df)))
    return {"statistic": statistic, "df": df, "p_value": p_value, "mismatch": p_value < alpha}
