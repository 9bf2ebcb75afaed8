import math

_EPS = 1e-16
_MAX_ITERATIONS = 100_000


def _upper_gamma_q(a: float, x: float) -> float:
    """Regularized upper incomplete gamma Q(a, x) = Gamma(a, x) / Gamma(a)."""
    if x <= 0:
        return 1.0
    log_prefix = a * math.log(x) - x - math.lgamma(a)
    if x < a + 1:
        # Series for the lower function P(a, x); converges fast below the mode.
        term = total = 1.0 / a
        n = 0
        while abs(term) > abs(total) * _EPS and n < _MAX_ITERATIONS:
            n += 1
            term *= x / (a + n)
            total += term
        return 1.0 - total * math.exp(log_prefix)
    # Continued fraction for Q(a, x) (modified Lentz); converges fast above the mode.
    tiny = 1e-300
    b = x + 1 - a
    c = 1 / tiny
    d = 1 / b
    h = d
    for i in range(1, _MAX_ITERATIONS):
        an = -i * (i - a)
        b += 2
        d = an * d + b
        d = tiny if abs(d) < tiny else d
        c = b + an / c
        c = tiny if abs(c) < tiny else c
        d = 1 / d
        delta = d * c
        h *= delta
        if abs(delta - 1) < _EPS:
            break
    return math.exp(log_prefix) * h


def srm_check(counts: list[int], weights: list[float], alpha: float) -> dict:
    df = len(counts) - 1
    total = sum(counts)
    if df < 1 or total == 0:
        return {"statistic": 0.0, "df": max(df, 0), "p_value": 1.0, "mismatch": False}

    weight_sum = sum(weights)
    expected = [total * weight / weight_sum for weight in weights]
    statistic = sum((o - e) ** 2 / e for o, e in zip(counts, expected))

    # P(chi-square with df degrees of freedom >= statistic) = Q(df / 2, statistic / 2).
    p_value = min(1.0, max(0.0, _upper_gamma_q(df / 2, statistic / 2)))
    return {"statistic": statistic, "df": df, "p_value": p_value, "mismatch": p_value < alpha}
