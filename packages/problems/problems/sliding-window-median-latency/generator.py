# Inputs of rising size for sliding-window-median-latency: n = the number of requests, with a
# window of 2n / 3 (as in the largest hidden case), so log window grows like log n. Latencies are
# log-normal around 80 ms with repeats and zeros, and 1 request in 200 hangs (up to 10^12 ms).
import random


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    latencies = []
    for _ in range(n):
        roll = rng.random()
        if roll < 0.005:
            latencies.append(rng.randrange(10**9, 10**12))
        elif roll < 0.02:
            latencies.append(0)
        else:
            latencies.append(int(rng.lognormvariate(4.4, 0.6)))
    return [latencies, max(1, 2 * n // 3)]
