// Mutant: sorts the distinct scores with the default sort(), which compares them as strings
export function calibrateCtr(
  scores: number[],
  clicks: number[],
  weights: number[],
  queryScores: number[],
): number[] {
  // Equal scores must get one value, so pool them first: weighted clicks and weight per score.
  const pooled = new Map<number, [number, number]>()
  scores.forEach((s, i) => {
    const acc = pooled.get(s) ?? [0, 0]
    acc[0] += weights[i] * clicks[i]
    acc[1] += weights[i]
    pooled.set(s, acc)
  })
  const xs = [...pooled.keys()].sort()

  // Pool adjacent violators: a stack of [weighted clicks, weight, distinct scores covered].
  const blocks: [number, number, number][] = []
  for (const x of xs) {
    const [clicked, weight] = pooled.get(x)!
    blocks.push([clicked, weight, 1])
    while (blocks.length > 1) {
      const a = blocks[blocks.length - 2]
      const b = blocks[blocks.length - 1]
      if (a[0] / a[1] <= b[0] / b[1]) break
      blocks.pop()
      a[0] += b[0]
      a[1] += b[1]
      a[2] += b[2]
    }
  }
  const fitted = blocks.flatMap(([clicked, weight, covered]) =>
    new Array<number>(covered).fill(clicked / weight),
  )

  const predict = (x: number): number => {
    const last = xs.length - 1
    if (x <= xs[0]) return fitted[0]
    if (x >= xs[last]) return fitted[last]
    let lo = 0
    let hi = last // invariant: xs[lo] <= x < xs[hi]
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1
      if (xs[mid] <= x) lo = mid
      else hi = mid
    }
    if (xs[lo] === x) return fitted[lo]
    const t = (x - xs[lo]) / (xs[hi] - xs[lo])
    return fitted[lo] + t * (fitted[hi] - fitted[lo])
  }
  return queryScores.map(predict)
}
