# Mutant: rescans all of the user's touches for every conversion, O(T * C) on heavy users (correct output, too slow)
def attribute_conversions(
    touches: list[list], conversions: list[list], lookback: int
) -> list[list]:
    by_user: dict[int, list[tuple[int, int, str]]] = {}
    for i, (user, t, channel) in enumerate(touches):
        by_user.setdefault(user, []).append((t, i, channel))
    for path in by_user.values():
        path.sort()
    credit: dict[str, float] = {}
    for user, t, value in conversions:
        path = [ch for tt, _, ch in by_user.get(user, []) if t - lookback <= tt <= t]
        k = len(path)
        if k == 0:
            shares = [("(direct)", value)]
        elif k == 1:
            shares = [(path[0], value)]
        elif k == 2:
            shares = [(path[0], 0.5 * value), (path[1], 0.5 * value)]
        else:
            middle = 0.2 * value / (k - 2)
            shares = [(path[0], 0.4 * value), (path[-1], 0.4 * value)]
            shares += [(ch, middle) for ch in path[1:-1]]
        for ch, amount in shares:
            credit[ch] = credit.get(ch, 0.0) + amount
    ranked = sorted(((round(c, 6), ch) for ch, c in credit.items()), key=lambda p: (-p[0], p[1]))
    return [[ch, c] for c, ch in ranked]
