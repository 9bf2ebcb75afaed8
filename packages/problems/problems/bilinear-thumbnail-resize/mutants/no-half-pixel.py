# Mutant: drops the half-pixel offsets: s = i * n / m
import math


def _coord(i: int, out_size: int, in_size: int) -> float:
    return i * in_size / out_size


def resize_bilinear(image: list[list[int]], out_h: int, out_w: int) -> list[list[int]]:
    in_h, in_w = len(image), len(image[0])

    def tap(i, out_size, in_size):
        s = _coord(i, out_size, in_size)
        s = min(max(s, 0.0), in_size - 1.0)
        low = math.floor(s)
        high = min(low + 1, in_size - 1)
        return low, high, s - low

    rows = [tap(y, out_h, in_h) for y in range(out_h)]
    cols = [tap(x, out_w, in_w) for x in range(out_w)]
    result = []
    for y0, y1, fy in rows:
        out_row = []
        for x0, x1, fx in cols:
            upper = (1 - fx) * image[y0][x0] + fx * image[y0][x1]
            lower = (1 - fx) * image[y1][x0] + fx * image[y1][x1]
            value = (1 - fy) * upper + fy * lower
            out_row.append(math.floor(value + 0.5 + 1e-9))
        result.append(out_row)
    return result
