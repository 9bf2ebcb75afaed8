def _taps(out_size: int, in_size: int) -> list[tuple[int, int, int]]:
    # Source position of output index i (half-pixel centres): ((2i + 1) * in - out) / (2 * out).
    # Returned as (lower index, upper index, numerator of the upper weight over 2 * out).
    denominator = 2 * out_size
    taps = []
    for i in range(out_size):
        numerator = (2 * i + 1) * in_size - out_size
        if numerator <= 0:
            taps.append((0, 0, 0))
            continue
        low, frac = divmod(numerator, denominator)
        if low >= in_size - 1:
            taps.append((in_size - 1, in_size - 1, 0))
        else:
            taps.append((low, low + 1, frac))
    return taps


def resize_bilinear(image: list[list[int]], out_h: int, out_w: int) -> list[list[int]]:
    in_h, in_w = len(image), len(image[0])
    rows, cols = _taps(out_h, in_h), _taps(out_w, in_w)
    dy, dx = 2 * out_h, 2 * out_w
    scale = dy * dx
    result = []
    for y0, y1, fy in rows:
        top, bottom = image[y0], image[y1]
        out_row = []
        for x0, x1, fx in cols:
            upper = (dx - fx) * top[x0] + fx * top[x1]
            lower = (dx - fx) * bottom[x0] + fx * bottom[x1]
            total = (dy - fy) * upper + fy * lower
            # Exact value is total / scale; round half up in integers.
            out_row.append((2 * total + scale) // (2 * scale))
        result.append(out_row)
    return result
