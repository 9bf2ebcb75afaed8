# Mutant: rounds the number of windows up, so a last window that hangs over the padded edge is kept and reads zeros there
import math


def conv2d(
    image: list[list[float]], kernel: list[list[float]], stride: int, padding: int
) -> list[list[float]]:
    if not image:
        return []
    height, width = len(image), len(image[0])
    k_height, k_width = len(kernel), len(kernel[0])
    out_height = max(0, math.ceil((height + 2 * padding - k_height) / stride) + 1)
    out_width = max(0, math.ceil((width + 2 * padding - k_width) / stride) + 1)
    if out_height == 0 or out_width == 0:
        return []

    def pixel(row: int, col: int) -> float:
        # Anything outside the image is padding, and padding is zero.
        if 0 <= row < height and 0 <= col < width:
            return image[row][col]
        return 0.0

    return [
        [
            sum(
                kernel[u][v] * pixel(r * stride + u - padding, c * stride + v - padding)
                for u in range(k_height)
                for v in range(k_width)
            )
            for c in range(out_width)
        ]
        for r in range(out_height)
    ]
