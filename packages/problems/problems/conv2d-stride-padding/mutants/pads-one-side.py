# Mutant: pads only above and to the left, so the padded image is H + p by W + p instead of H + 2p by W + 2p
def conv2d(
    image: list[list[float]], kernel: list[list[float]], stride: int, padding: int
) -> list[list[float]]:
    if not image:
        return []
    width = len(image[0])
    padded = [[0.0] * (width + padding) for _ in range(padding)]
    padded += [[0.0] * padding + list(row) for row in image]
    k_height, k_width = len(kernel), len(kernel[0])
    room_h = len(padded) - k_height
    room_w = len(padded[0]) - k_width
    if room_h < 0 or room_w < 0:
        return []
    out = []
    for r in range(room_h // stride + 1):
        row = []
        for c in range(room_w // stride + 1):
            total = 0.0
            for u in range(k_height):
                for v in range(k_width):
                    total += kernel[u][v] * padded[r * stride + u][c * stride + v]
            row.append(total)
        out.append(row)
    return out
