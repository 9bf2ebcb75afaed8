// Constrained least squares (a small quadratic programme) and question-grouped folds, for fit.ts.

/**
 * Minimises ½·vᵀQv − linearᵀv subject to b·v ≤ 0 for every row b of `constraints`, with Q
 * symmetric positive definite. The constraints are homogeneous, so v = 0 is feasible: a primal
 * active-set method (Nocedal and Wright, algorithm 16.3) starts there and is exact in a finite
 * number of steps. Deterministic: ties go to the first constraint.
 */
export function minimiseQuadratic(
  q: readonly (readonly number[])[],
  linear: readonly number[],
  constraints: readonly (readonly number[])[],
  options: { maxSteps?: number } = {},
): number[] {
  const d = linear.length
  const dot = (a: readonly number[], b: readonly number[]) =>
    a.reduce((s, x, j) => s + x * (b[j] ?? 0), 0)
  const v = new Array<number>(d).fill(0)
  const working: number[] = []
  const maxSteps = options.maxSteps ?? 50 * (d + constraints.length)
  for (let step = 0; step < maxSteps; step++) {
    // The step p to the minimum on the working set's faces, and their multipliers.
    const gradient = q.map((row, j) => dot(row, v) - (linear[j] ?? 0))
    const size = d + working.length
    const kkt = Array.from({ length: size }, (_, r) =>
      Array.from({ length: size + 1 }, (_, c) => {
        if (c === size) return r < d ? -(gradient[r] ?? 0) : 0
        if (r < d && c < d) return q[r]?.[c] ?? 0
        if (r < d) return constraints[working[c - d] ?? 0]?.[r] ?? 0
        if (c < d) return constraints[working[r - d] ?? 0]?.[c] ?? 0
        return 0
      }),
    )
    const solution = invert(kkt.map((row) => row.slice(0, size))).map((row) =>
      dot(
        row,
        kkt.map((r) => r[size] ?? 0),
      ),
    )
    const p = solution.slice(0, d)
    const scale = 1 + Math.max(...v.map(Math.abs))
    if (Math.max(...p.map(Math.abs)) <= 1e-12 * scale) {
      const multipliers = solution.slice(d)
      let worst = -1
      multipliers.forEach((m, i) => {
        if (m < -1e-12 && (worst < 0 || m < (multipliers[worst] ?? 0))) worst = i
      })
      if (worst < 0) return v
      working.splice(worst, 1)
      continue
    }
    let alpha = 1
    let blocking = -1
    constraints.forEach((b, i) => {
      if (working.includes(i)) return
      const rate = dot(b, p)
      if (rate <= 1e-15) return
      const room = Math.max(0, -dot(b, v)) / rate
      if (room < alpha) {
        alpha = room
        blocking = i
      }
    })
    for (let j = 0; j < d; j++) v[j] = (v[j] ?? 0) + alpha * (p[j] ?? 0)
    if (blocking >= 0) working.push(blocking)
  }
  throw new Error('the quadratic programme did not converge')
}

/** Gauss-Jordan inverse with partial pivoting; throws on a singular matrix. */
function invert(m: readonly (readonly number[])[]): number[][] {
  const d = m.length
  const a = m.map((row, i) => [...row, ...Array.from({ length: d }, (_, j) => (i === j ? 1 : 0))])
  for (let col = 0; col < d; col++) {
    let pivot = col
    for (let r = col + 1; r < d; r++) {
      if (Math.abs(a[r]?.[col] ?? 0) > Math.abs(a[pivot]?.[col] ?? 0)) pivot = r
    }
    const tmp = a[col] as number[]
    a[col] = a[pivot] as number[]
    a[pivot] = tmp
    const p = a[col] as number[]
    const pv = p[col] ?? 0
    if (Math.abs(pv) < 1e-15) throw new Error('singular matrix')
    for (let k = 0; k < 2 * d; k++) p[k] = (p[k] ?? 0) / pv
    for (let r = 0; r < d; r++) {
      if (r === col) continue
      const row = a[r] as number[]
      const f = row[col] ?? 0
      if (f === 0) continue
      for (let k = 0; k < 2 * d; k++) row[k] = (row[k] ?? 0) - f * (p[k] ?? 0)
    }
  }
  return a.map((row) => row.slice(d))
}

/**
 * Folds that keep every question's answers together, so a fold's test questions are unseen in
 * its training. Groups are dealt round-robin in order of first appearance: deterministic.
 */
export function groupKFold(groups: readonly string[], k: number): number[] {
  const order: string[] = []
  const seen = new Set<string>()
  for (const g of groups) {
    if (!seen.has(g)) {
      seen.add(g)
      order.push(g)
    }
  }
  const foldOf = new Map(order.map((g, i) => [g, i % k]))
  return groups.map((g) => foldOf.get(g) ?? 0)
}
