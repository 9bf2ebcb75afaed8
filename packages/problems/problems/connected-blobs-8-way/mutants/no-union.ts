// Mutant: keeps the first neighbour label and ignores the others, so arms that meet lower down stay separate blobs
interface Components {
  count: number
  sizes: number[]
  probe_labels: number[]
}

export function labelComponents(grid: string[], probes: number[][]): Components {
  const height = grid.length
  const width = height > 0 ? grid[0].length : 0
  const labels = new Int32Array(height * width)
  const parent: number[] = [0]
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]]
      x = parent[x]
    }
    return x
  }
  const neighbours = [
    [0, -1],
    [-1, -1],
    [-1, 0],
    [-1, 1],
  ]
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      if (grid[r][c] !== '#') continue
      const seen: number[] = []
      for (const [dr, dc] of neighbours) {
        const rr = r + dr
        const cc = c + dc
        if (rr >= 0 && cc >= 0 && cc < width && labels[rr * width + cc] > 0)
          seen.push(labels[rr * width + cc])
      }
      if (seen.length === 0) {
        parent.push(parent.length)
        labels[r * width + c] = parent.length - 1
        continue
      }
      labels[r * width + c] = seen[0]
      for (const other of seen.slice(1)) {
        void other
      }
    }
  }
  const roots = new Map<number, number>()
  const sizes: number[] = []
  for (let p = 0; p < height * width; p++) {
    if (labels[p] === 0) continue
    const root = find(labels[p])
    if (!roots.has(root)) {
      roots.set(root, roots.size + 1)
      sizes.push(0)
    }
    sizes[roots.get(root)! - 1]++
  }
  const probeLabels = probes.map(([r, c]) =>
    labels[r * width + c] > 0 ? roots.get(find(labels[r * width + c]))! : 0,
  )
  return { count: sizes.length, sizes, probe_labels: probeLabels }
}
