# Inputs of rising size for covisitation-candidates: n views in n / 25 sessions over n / 10 items,
# each session spread over a day with a window of 30 minutes, so each view pairs with about one
# other and the number of pairs P grows linearly in n; n / 50 queries with k = 10.
import random

DAY = 86_400


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    sessions = max(1, n // 25)
    items = max(2, n // 10)
    events = [[rng.randrange(sessions), rng.randrange(items), rng.randrange(DAY)] for _ in range(n)]
    queries = [rng.randrange(items) for _ in range(max(1, n // 50))]
    return [events, 1_800, queries, 10]
