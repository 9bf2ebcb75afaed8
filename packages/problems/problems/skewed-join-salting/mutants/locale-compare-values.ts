// Mutant: compares values with localeCompare, which is not plain string order
type Row = [number, string]
type Joined = [number, string, string]

export function saltedJoin(
  left: Row[],
  right: Row[],
  reducers: number,
  hotThreshold: number,
  salts: number,
): { rows: Joined[]; max_load_before: number; max_load_after: number } {
  // Plain shuffle: every row of key k goes to reducer k mod R.
  const before = new Array<number>(reducers).fill(0)
  for (const [key] of [...left, ...right]) before[key % reducers]++

  const leftCount = new Map<number, number>()
  for (const [key] of left) leftCount.set(key, (leftCount.get(key) ?? 0) + 1)
  const hot = new Set([...leftCount].filter(([, c]) => c >= hotThreshold).map(([key]) => key))

  // Salted shuffle: each reducer groups its messages by (key, salt) and joins the two sides.
  const inbox = Array.from(
    { length: reducers },
    () => new Map<string, [number, string[], string[]]>(),
  )
  const load = new Array<number>(reducers).fill(0)
  const send = (key: number, salt: number, side: 1 | 2, value: string): void => {
    const r = (key + salt) % reducers
    const groups = inbox[r]
    const id = `${key}#${salt}`
    if (!groups.has(id)) groups.set(id, [key, [], []])
    groups.get(id)![side].push(value)
    load[r]++
  }
  const seenLeft = new Map<number, number>()
  for (const [key, value] of left) {
    let salt = 0
    if (hot.has(key)) {
      const j = seenLeft.get(key) ?? 0
      salt = j % salts
      seenLeft.set(key, j + 1)
    }
    send(key, salt, 1, value)
  }
  for (const [key, value] of right) {
    const copies = hot.has(key) ? salts : 1 // replicate to every salt
    for (let salt = 0; salt < copies; salt++) send(key, salt, 2, value)
  }

  const rows: Joined[] = []
  for (const groups of inbox) {
    for (const [key, lvals, rvals] of groups.values()) {
      for (const lv of lvals) for (const rv of rvals) rows.push([key, lv, rv])
    }
  }
  const cmp = (a: string, b: string): number => a.localeCompare(b)
  rows.sort((a, b) => a[0] - b[0] || cmp(a[1], b[1]) || cmp(a[2], b[2]))

  return { rows, max_load_before: Math.max(...before), max_load_after: Math.max(...load) }
}
