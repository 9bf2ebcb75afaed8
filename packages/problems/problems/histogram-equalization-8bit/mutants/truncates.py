# Mutant: truncates instead of rounding
def equalize_histogram(image: list[list[int]]) -> list[list[int]]:
    counts = [0] * 256
    for row in image:
        for value in row:
            counts[value] += 1
    total = sum(counts)
    if total == 0:
        return [list(row) for row in image]
    darkest = next(v for v in range(256) if counts[v] > 0)
    c_min = counts[darkest]  # the cdf at the darkest level present
    span = total - c_min
    if span == 0:  # a flat image has nothing to spread
        return [list(row) for row in image]
    mapping, cdf = [0] * 256, 0
    for v in range(256):
        cdf += counts[v]
        # round((cdf - c_min) * 255 / span), halves up, in exact integers
        mapping[v] = (cdf - c_min) * 255 // span
    return [[mapping[value] for value in row] for row in image]
