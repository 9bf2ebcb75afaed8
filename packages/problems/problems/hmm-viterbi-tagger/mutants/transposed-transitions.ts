// Mutant: reads the transition matrix the wrong way round, trans[j][i] for a move from tag i to tag j
export function viterbiTags(
  start: number[],
  trans: number[][],
  emit: number[][],
  words: number[],
): { tags: number[]; log_prob: number } {
  const n = words.length
  const numTags = start.length
  if (n === 0) return { tags: [], log_prob: 0 }
  // best[j]: highest log-probability of a tagging of words[0..k] that ends in tag j.
  let best = start.map((s, j) => s + emit[j][words[0]])
  const back: Int32Array[] = [] // back[k - 1][j]: the previous tag on that best tagging
  for (let k = 1; k < n; k++) {
    const word = words[k]
    const next = new Array<number>(numTags)
    const pointers = new Int32Array(numTags)
    for (let j = 0; j < numTags; j++) {
      let arg = 0
      let top = -Infinity
      for (let i = 0; i < numTags; i++) {
        // Strictly greater keeps the lowest previous tag on ties.
        const candidate = best[i] + trans[j][i]
        if (candidate > top) {
          top = candidate
          arg = i
        }
      }
      next[j] = top + emit[j][word]
      pointers[j] = arg
    }
    best = next
    back.push(pointers)
  }
  let last = 0
  for (let j = 1; j < numTags; j++) if (best[j] > best[last]) last = j
  if (best[last] === -Infinity) return { tags: [], log_prob: -Infinity }
  const tags = [last]
  for (let k = back.length - 1; k >= 0; k--) tags.push(back[k][tags[tags.length - 1]])
  tags.reverse()
  return { tags, log_prob: best[last] }
}
