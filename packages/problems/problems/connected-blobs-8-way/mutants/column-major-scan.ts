// Mutant: scans column by column, so blobs are numbered by their leftmost pixel instead of their first pixel in row-major order
interface Components {
  count: number
  sizes: number[]
  probe_labels: number[]
}

export function labelComponents(grid: string[], probes: number[][]): Components {
  const height = grid.length
  const width = height > 0 ? grid[0].length : 0
  // Pad with a background border so neighbour lookups need no bounds checks.
  // -1 marks a defect pixel not labelled yet.
  const stride = width + 2
  const labels = new Int32Array((height + 2) * stride)
  for (let r = 0; r < height; r++) {
    const row = grid[r]
    const base = (r + 1) * stride + 1
    for (let c = 0; c < width; c++) if (row.charCodeAt(c) === 35) labels[base + c] = -1
  }
  const offsets = [-stride - 1, -stride, -stride + 1, -1, 1, stride - 1, stride, stride + 1]
  const stack = new Int32Array(height * width + 1)
  const sizes: number[] = []
  // Scan column by column.
  for (let c = 0; c < width; c++) {
    for (let r = 0; r < height; r++) {
      const p = (r + 1) * stride + c + 1
      if (labels[p] !== -1) continue
      const label = sizes.length + 1
      labels[p] = label
      let top = 0
      stack[top++] = p
      let size = 0
      while (top > 0) {
        const q = stack[--top]
        size++
        for (const d of offsets) {
          const n = q + d
          if (labels[n] === -1) {
            labels[n] = label
            stack[top++] = n
          }
        }
      }
      sizes.push(size)
    }
  }
  const probeLabels = probes.map(([r, c]) => labels[(r + 1) * stride + c + 1])
  return { count: sizes.length, sizes, probe_labels: probeLabels }
}
