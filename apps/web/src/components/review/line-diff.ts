// Which lines of the new code a snapshot added or changed, and how many it removed: a line LCS.
export interface LineChange {
  /** 1-based lines of the new code that are new or changed. */
  changed: Set<number>
  added: number
  removed: number
}

// Past this many cells the LCS table would cost too much; fall back to prefix and suffix.
const MAX_CELLS = 4_000_000

export function lineChange(before: string | null, after: string): LineChange {
  const next = after.split('\n')
  if (before === null || before === after) return { changed: new Set(), added: 0, removed: 0 }
  const prev = before.split('\n')
  let start = 0
  while (start < prev.length && start < next.length && prev[start] === next[start]) start++
  let endPrev = prev.length
  let endNext = next.length
  while (endPrev > start && endNext > start && prev[endPrev - 1] === next[endNext - 1]) {
    endPrev--
    endNext--
  }
  const a = prev.slice(start, endPrev)
  const b = next.slice(start, endNext)
  const changed = new Set<number>()
  if (a.length * b.length > MAX_CELLS) {
    b.forEach((_, i) => changed.add(start + i + 1))
    return { changed, added: b.length, removed: a.length }
  }
  // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1
  const lcs = new Uint32Array((a.length + 1) * width)
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0)
    }
  }
  let i = 0
  let j = 0
  let removed = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++
      j++
    } else if (
      j < b.length &&
      (i >= a.length || (lcs[i * width + j + 1] ?? 0) >= (lcs[(i + 1) * width + j] ?? 0))
    ) {
      changed.add(start + j + 1)
      j++
    } else {
      removed++
      i++
    }
  }
  return { changed, added: changed.size, removed }
}
