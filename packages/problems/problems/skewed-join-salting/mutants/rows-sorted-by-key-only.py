# Mutant: sorts the joined rows by key only, leaving values in reducer order
from collections import Counter, defaultdict


def salted_join(
    left: list[list],
    right: list[list],
    reducers: int,
    hot_threshold: int,
    salts: int,
) -> dict:
    # Plain shuffle: every row of key k goes to reducer k mod R.
    before = [0] * reducers
    for key, _ in left + right:
        before[key % reducers] += 1

    left_count = Counter(key for key, _ in left)
    hot = {key for key, c in left_count.items() if c >= hot_threshold}

    # Salted shuffle: messages are ((key, salt), side, value) sent to reducer (key + salt) mod R.
    inbox: list[list[tuple]] = [[] for _ in range(reducers)]
    seen_left: Counter = Counter()
    for key, value in left:
        salt = 0
        if key in hot:
            salt = seen_left[key] % salts
            seen_left[key] += 1
        inbox[(key + salt) % reducers].append(((key, salt), 0, value))
    for key, value in right:
        for salt in range(salts if key in hot else 1):  # replicate to every salt
            inbox[(key + salt) % reducers].append(((key, salt), 1, value))

    rows = []
    for messages in inbox:
        sides: dict[tuple, tuple[list, list]] = defaultdict(lambda: ([], []))
        for group, side, value in messages:
            sides[group][side].append(value)
        for (key, _), (lvals, rvals) in sides.items():
            rows.extend([key, lv, rv] for lv in lvals for rv in rvals)
    rows.sort(key=lambda r: r[0])

    return {
        "rows": rows,
        "max_load_before": max(before),
        "max_load_after": max(len(m) for m in inbox),
    }
