// Mutant: picks the answer by raw score and only normalises the score it reports
type Hyp = { score: number; tokens: number[] }

// Lexicographic order of token lists; a proper prefix comes first.
function compareTokens(a: number[], b: number[]): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i]
  return a.length - b.length
}

export function beamSearch(
  logp: number[][],
  start: number,
  end: number,
  beamWidth: number,
  maxLen: number,
  alpha: number,
): { tokens: number[]; score: number } {
  let beam: Hyp[] = [{ score: 0, tokens: [] }]
  const finished: Hyp[] = []
  for (let round = 0; round < maxLen && beam.length > 0; round++) {
    const candidates: Hyp[] = []
    for (const hyp of beam) {
      const row = logp[hyp.tokens.length > 0 ? hyp.tokens[hyp.tokens.length - 1] : start]
      row.forEach((lp, token) => {
        if (lp !== -Infinity)
          candidates.push({ score: hyp.score + lp, tokens: [...hyp.tokens, token] })
      })
    }
    // Highest raw score first; equal scores: the lexicographically smaller sequence.
    candidates.sort((a, b) => b.score - a.score || compareTokens(a.tokens, b.tokens))
    beam = []
    for (const hyp of candidates.slice(0, beamWidth)) {
      // A hypothesis that emits the end token leaves the beam for good.
      if (hyp.tokens[hyp.tokens.length - 1] === end) finished.push(hyp)
      else beam.push(hyp)
    }
  }
  finished.push(...beam) // hypotheses still open after maxLen rounds are complete too
  let best: Hyp | null = null
  let bestNorm = -Infinity
  for (const hyp of finished) {
    const norm = hyp.score
    if (
      best === null ||
      norm > bestNorm ||
      (norm === bestNorm && compareTokens(hyp.tokens, best.tokens) < 0)
    ) {
      best = hyp
      bestNorm = norm
    }
  }
  if (best === null) return { tokens: [], score: -Infinity }
  return { tokens: best.tokens, score: bestNorm / Math.pow(best.tokens.length, alpha) }
}
