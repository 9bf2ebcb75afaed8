# Mutant: reports the stopping look 0-based
import math
from statistics import NormalDist

GRID = 401  # odd: Simpson's rule over the continuation region of each look
FLOOR = -12.0  # the score never reaches below this (its variance is at most 1)
INV_SQRT_2PI = 1 / math.sqrt(2 * math.pi)


def sequential_monitor(info: list[float], z: list[float], alpha: float) -> dict:
    z_half = NormalDist().inv_cdf(1 - alpha / 2)

    def spent(t: float) -> float:  # Lan-DeMets O'Brien-Fleming-type spending
        return math.erfc(z_half / math.sqrt(2 * t)) if t > 0 else 0.0

    boundaries: list[float] = []
    # Sub-density of the score S(t) = Z * sqrt(t) over paths that have not crossed yet, times
    # the Simpson weight of its grid point: the mass each point carries.
    points: list[float] = [0.0]
    mass: list[float] = [1.0]  # before the first look the score sits at 0
    previous_t = 0.0
    for t in info:
        target = spent(t) - spent(previous_t)
        scale = math.sqrt(2 * (t - previous_t))

        def crossing(b: float) -> float:  # P(not crossed before, score at this look >= b)
            return sum(m * 0.5 * math.erfc((b - u) / scale) for u, m in zip(points, mass))

        lo, hi = -10.0, 20.0  # the crossing probability falls as the boundary rises
        for _ in range(64):
            mid = (lo + hi) / 2
            if crossing(mid) > target:
                lo = mid
            else:
                hi = mid
        bound = (lo + hi) / 2
        boundaries.append(bound / math.sqrt(t))
        h = (bound - FLOOR) / (GRID - 1)
        new_points = [FLOOR + j * h for j in range(GRID)]
        sd = math.sqrt(t - previous_t)
        new_mass = []
        for j, s in enumerate(new_points):
            f = sum(m * math.exp(-0.5 * ((s - u) / sd) ** 2) for u, m in zip(points, mass))
            weight = h / 3 * (1 if j in (0, GRID - 1) else 4 if j % 2 else 2)
            new_mass.append(weight * f * INV_SQRT_2PI / sd)
        points, mass = new_points, new_mass
        previous_t = t
    stop_look = 0
    for k, observed in enumerate(z):
        if observed >= boundaries[k]:
            stop_look = k
            break
    return {"boundaries": boundaries, "stop_look": stop_look}
