from bisect import bisect_left, bisect_right

DIRECT = "(direct)"


def attribute_conversions(
    touches: list[list], conversions: list[list], lookback: int
) -> list[list]:
    # Each user's path: touch times in (time, input position) order, with their channels.
    by_user: dict[int, list[tuple[int, int]]] = {}
    for i, (user, t, _) in enumerate(touches):
        by_user.setdefault(user, []).append((t, i))
    paths = {}
    for user, order in by_user.items():
        order.sort()
        times = [t for t, _ in order]
        channels = [touches[i][2] for _, i in order]
        # Middle shares are range additions, kept as a difference array plus a cover count.
        paths[user] = (times, channels, [0.0] * (len(order) + 1), [0] * (len(order) + 1))

    credit: dict[str, float] = {}

    def add(channel: str, amount: float) -> None:
        credit[channel] = credit.get(channel, 0.0) + amount

    for user, t, value in conversions:
        path = paths.get(user)
        k = 0
        if path is not None:
            times, channels, share_diff, cover_diff = path
            lo = bisect_left(times, t - lookback)
            hi = bisect_right(times, t)
            k = hi - lo
        if k == 0:
            add(DIRECT, value)
        elif k == 1:
            add(channels[lo], value)
        elif k == 2:
            add(channels[lo], 0.5 * value)
            add(channels[lo + 1], 0.5 * value)
        else:
            add(channels[lo], 0.4 * value)
            add(channels[hi - 1], 0.4 * value)
            share = 0.2 * value / (k - 2)
            share_diff[lo + 1] += share
            share_diff[hi - 1] -= share
            cover_diff[lo + 1] += 1
            cover_diff[hi - 1] -= 1

    for times, channels, share_diff, cover_diff in paths.values():
        running = 0.0
        covered = 0
        for j, channel in enumerate(channels):
            running += share_diff[j]
            covered += cover_diff[j]
            if covered == 0:
                running = 0.0  # no open range: drop the rounding residue of the additions
            else:
                add(channel, running)

    ranked = sorted(((round(c, 6), ch) for ch, c in credit.items()), key=lambda p: (-p[0], p[1]))
    return [[ch, c] for c, ch in ranked]
