# Mutant: counts windows with int((H + 2p - k) / s) + 1, which truncates toward zero, so a kernel too tall by less than the stride still gets one window
def conv2d(
    image: list[list[float]], kernel: list[list[float]], stride: int, padding: int
) -> list[list[float]]:
    if not image:
        return []
    height, width = len(image), len(image[0])
    k_height, k_width = len(kernel), len(kernel[0])
    out_height = int((height + 2 * padding - k_height) / stride) + 1
    out_width = int((width + 2 * padding - k_width) / stride) + 1
    if out_height <= 0 or out_width <= 0:
        return []

    def pixel(row: int, col: int) -> float:
        if 0 <= row < height and 0 <= col < width:
            return image[row][col]
        return 0.0

    output = []
    for r in range(out_height):
        out_row = []
        for c in range(out_width):
            total = 0.0
            for u in range(k_height):
                for v in range(k_width):
                    total += kernel[u][v] * pixel(r * stride + u - padding, c * stride + v - padding)
            out_row.append(total)
        output.append(out_row)
    return output
