# Inputs of rising size for position-based-attribution: n is the number of touches. n / 20 users
# with about 20 touches each over 8 channels, n / 2 conversions (1 in 10 by a user with no
# touches), times within 4 minutes and a lookback of 1 minute, so about 5 touches on a typical
# path. Rows come grouped by user (times unsorted), which keeps the timing about the algorithm
# rather than cache misses.
import random

CHANNELS = ["search", "email", "social", "display", "affiliate", "push", "video", "retarget"]
SPAN = 240


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    users = max(1, n // 20)
    touches = sorted(
        ([rng.randrange(users), rng.randrange(SPAN), rng.choice(CHANNELS)] for _ in range(n)),
        key=lambda row: row[0],
    )
    conversions = sorted(
        (
            [rng.randrange(users + users // 10 + 1), rng.randrange(SPAN), round(rng.uniform(1, 500), 2)]
            for _ in range(n // 2)
        ),
        key=lambda row: row[0],
    )
    return [touches, conversions, SPAN // 4]
