// Mutant: scores every one of the T^n taggings; right answers, far too slow for the query with 3000 words
export function viterbiTags(
  start: number[],
  trans: number[][],
  emit: number[][],
  words: number[],
): { tags: number[]; log_prob: number } {
  const n = words.length
  const numTags = start.length
  if (n === 0) return { tags: [], log_prob: 0 }
  let best = -Infinity
  let bestTags: number[] | null = null
  const tags = new Array<number>(n).fill(0)
  for (;;) {
    let score = start[tags[0]] + emit[tags[0]][words[0]]
    for (let k = 1; k < n; k++) score += trans[tags[k - 1]][tags[k]] + emit[tags[k]][words[k]]
    if (score > best) {
      best = score
      bestTags = tags.slice()
    }
    let k = 0
    while (k < n && tags[k] === numTags - 1) tags[k++] = 0
    if (k === n) break
    tags[k]++
  }
  if (bestTags === null) return { tags: [], log_prob: -Infinity }
  return { tags: bestTags, log_prob: best }
}
