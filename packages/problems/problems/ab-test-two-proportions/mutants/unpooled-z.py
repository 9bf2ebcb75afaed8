# Mutant: the z statistic divides by the unpooled standard error instead of the pooled one
import math

Z_975 = 1.959963984540054


def two_proportion_z_test(clicks_a: int, n_a: int, clicks_b: int, n_b: int) -> dict:
    p_a = clicks_a / n_a
    p_b = clicks_b / n_b
    diff = p_b - p_a

    pooled = (clicks_a + clicks_b) / (n_a + n_b)
    se_pooled = math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    if se_pooled == 0:
        z, p_value = 0.0, 1.0  # both arms all-0 or all-1: no evidence of a difference
    else:
        z = diff / math.sqrt(p_a * (1 - p_a) / n_a + p_b * (1 - p_b) / n_b)
        p_value = math.erfc(abs(z) / math.sqrt(2))  # = 2 * (1 - Phi(|z|))

    se = math.sqrt(p_a * (1 - p_a) / n_a + p_b * (1 - p_b) / n_b)
    return {
        "z": z,
        "p_value": p_value,
        "ci_low": diff - Z_975 * se,
        "ci_high": diff + Z_975 * se,
    }
