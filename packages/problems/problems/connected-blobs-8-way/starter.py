def label_components(grid: list[str], probes: list[list[int]]) -> dict:
    # grid[r][c] is '#' (defect) or '.'; probes[i] = [r, c].
    # Return {"count": ..., "sizes": [...], "probe_labels": [...]} with 8-connected blobs
    # numbered 1, 2, ... in the row-major order of their first pixel (background is 0).
    raise NotImplementedError
