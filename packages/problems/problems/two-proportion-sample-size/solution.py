import math
from statistics import NormalDist


def sample_size_per_arm(baseline: float, lift: float, alpha: float, power: float, two_sided: bool) -> dict:
    normal = NormalDist()
    z_alpha = normal.inv_cdf(1 - alpha / 2 if two_sided else 1 - alpha)
    z_power = normal.inv_cdf(power)
    p1 = baseline
    p2 = baseline * (1 + lift)
    p_bar = (p1 + p2) / 2
    # Under the null both arms share the pooled rate; under the alternative each keeps its own.
    spread_null = math.sqrt(2 * p_bar * (1 - p_bar))
    spread_alt = math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
    n = (z_alpha * spread_null + z_power * spread_alt) ** 2 / (p2 - p1) ** 2
    return {"n_per_arm": math.ceil(n), "z_alpha": z_alpha, "z_power": z_power}
