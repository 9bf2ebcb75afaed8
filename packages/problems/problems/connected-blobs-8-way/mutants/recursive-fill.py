# Mutant: floods each blob with a recursive depth-first search, which overflows the stack on a long blob
import sys


def label_components(grid: list[str], probes: list[list[int]]) -> dict:
    sys.setrecursionlimit(10000)
    height = len(grid)
    width = len(grid[0]) if height else 0
    labels = [[0] * width for _ in range(height)]

    def fill(r, c, label):
        labels[r][c] = label
        size = 1
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                rr, cc = r + dr, c + dc
                if 0 <= rr < height and 0 <= cc < width and grid[rr][cc] == "#" and not labels[rr][cc]:
                    size += fill(rr, cc, label)
        return size

    sizes = []
    for r in range(height):
        for c in range(width):
            if grid[r][c] == "#" and not labels[r][c]:
                sizes.append(fill(r, c, len(sizes) + 1))
    probe_labels = [labels[r][c] for r, c in probes]
    return {"count": len(sizes), "sizes": sizes, "probe_labels": probe_labels}
