def label_components(grid: list[str], probes: list[list[int]]) -> dict:
    height = len(grid)
    width = len(grid[0]) if height else 0
    # Pad the image with a background border so no neighbour lookup needs a bounds check.
    stride = width + 2
    labels = [0] * ((height + 2) * stride)
    for r, row in enumerate(grid):
        base = (r + 1) * stride + 1
        for c, ch in enumerate(row):
            if ch == "#":
                labels[base + c] = -1  # foreground, not labelled yet
    offsets = (-stride - 1, -stride, -stride + 1, -1, 1, stride - 1, stride, stride + 1)
    sizes = []
    # Scanning in row-major order and flooding each new component at once numbers the components
    # by their first pixel, which is what the statement asks for.
    for r in range(height):
        base = (r + 1) * stride + 1
        for p in range(base, base + width):
            if labels[p] != -1:
                continue
            label = len(sizes) + 1
            labels[p] = label
            stack = [p]
            size = 0
            while stack:
                q = stack.pop()
                size += 1
                for d in offsets:
                    n = q + d
                    if labels[n] == -1:
                        labels[n] = label
                        stack.append(n)
            sizes.append(size)
    probe_labels = [labels[(r + 1) * stride + c + 1] for r, c in probes]
    return {"count": len(sizes), "sizes": sizes, "probe_labels": probe_labels}
