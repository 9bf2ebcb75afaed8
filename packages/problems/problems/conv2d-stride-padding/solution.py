def _output_length(size: int, kernel_size: int, stride: int, padding: int) -> int:
    # Window starts 0, stride, 2 * stride, ... that still leave room for the whole kernel.
    room = size + 2 * padding - kernel_size
    return room // stride + 1 if room >= 0 else 0


def conv2d(
    image: list[list[float]], kernel: list[list[float]], stride: int, padding: int
) -> list[list[float]]:
    if not image:
        return []
    height, width = len(image), len(image[0])
    k_height, k_width = len(kernel), len(kernel[0])
    out_height = _output_length(height, k_height, stride, padding)
    out_width = _output_length(width, k_width, stride, padding)
    if out_height == 0 or out_width == 0:
        return []

    side = [0.0] * padding
    border = [[0.0] * (width + 2 * padding) for _ in range(padding)]
    padded = border + [side + row + side for row in image] + border

    output = []
    for r in range(out_height):
        top = r * stride
        out_row = []
        for c in range(out_width):
            left = c * stride
            total = 0.0
            for u, kernel_row in enumerate(kernel):
                window_row = padded[top + u]
                for v, weight in enumerate(kernel_row):
                    total += weight * window_row[left + v]
            out_row.append(total)
        output.append(out_row)
    return output
