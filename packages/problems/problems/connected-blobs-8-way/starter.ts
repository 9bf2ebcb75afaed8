interface Components {
  count: number
  sizes: number[]
  probe_labels: number[]
}

export function labelComponents(grid: string[], probes: number[][]): Components {
  // grid[r][c] is '#' (defect) or '.'; probes[i] = [r, c].
  // 8-connected blobs numbered 1, 2, ... in the row-major order of their first pixel (background 0).
  throw new Error('not implemented')
}
