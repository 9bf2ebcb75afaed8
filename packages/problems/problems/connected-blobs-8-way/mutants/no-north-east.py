# Mutant: looks only at the west, north-west and north neighbours in the first pass, missing joins through the upper-right corner
def label_components(grid: list[str], probes: list[list[int]]) -> dict:
    height = len(grid)
    width = len(grid[0]) if height else 0
    labels = [[0] * width for _ in range(height)]
    parent = [0]

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in range(height):
        for c in range(width):
            if grid[r][c] != "#":
                continue
            seen = []
            for dr, dc in ((0, -1), (-1, -1), (-1, 0)):
                rr, cc = r + dr, c + dc
                if 0 <= rr and 0 <= cc < width and labels[rr][cc]:
                    seen.append(labels[rr][cc])
            if not seen:
                parent.append(len(parent))
                labels[r][c] = len(parent) - 1
                continue
            labels[r][c] = seen[0]
            for other in seen[1:]:
                a, b = find(labels[r][c]), find(other)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    roots = {}
    sizes = []
    for r in range(height):
        for c in range(width):
            if labels[r][c]:
                root = find(labels[r][c])
                if root not in roots:
                    roots[root] = len(roots) + 1
                    sizes.append(0)
                sizes[roots[root] - 1] += 1
    probe_labels = [roots[find(labels[r][c])] if labels[r][c] else 0 for r, c in probes]
    return {"count": len(sizes), "sizes": sizes, "probe_labels": probe_labels}
