// Terse explanations write mathematics in symbols (ε, ⌈ ⌉, ‖ ‖, λ, Σ); the scorer reads them as the words they stand for.
import { describe, expect, it } from 'vitest'
import { libraryProblem } from '../helpers/library-problem.ts'
import { isKeywordList } from '../../src/scoring/guards.ts'
import { scoreExplanation } from '../../src/scoring/index.ts'
import { summandOf } from '../../src/scoring/similarity.ts'
import { makeClaim, spelledOut } from '../../src/scoring/contradiction.ts'
import {
  analyse,
  analyseSentence,
  canonicalComplexity,
  spellSymbols,
} from '../../src/scoring/text.ts'

const lemmas = (text: string) => analyseSentence(text).map((t) => t.lemma)

describe('mathematical symbols', () => {
  it('are read as the words a reader says for them', () => {
    expect(lemmas('stop when ‖r − r_prev‖₁ < ε')).toEqual(
      expect.arrayContaining(['norm', 'epsilon']),
    )
    expect(lemmas('p = 1 − θ/π, weight σ·Δ')).toEqual(
      expect.arrayContaining(['theta', 'pi', 'sigma', 'delta']),
    )
    expect(lemmas('w = ⌈e/ε⌉ and d = ⌈ln 1/δ⌉')).toEqual(
      expect.arrayContaining(['ceil', 'epsilon', 'delta']),
    )
  })

  it('and common abbreviations as the words they shorten', () => {
    expect(lemmas('sort by (-s, idx), cut at len, eps = 1e-9, thr 0.5')).toEqual(
      expect.arrayContaining(['index', 'length', 'epsilon', 'threshold']),
    )
  })

  it('and "zero" as the number it names', () => {
    expect(lemmas('when IDCG is zero')).toContain('0')
  })

  it('leave the quoted text as written', () => {
    const [sentence] = analyse('Width w = ⌈e/ε⌉.')
    expect(sentence?.text).toBe('Width w = ⌈e/ε⌉.')
    expect(spellSymbols('plain words')).toBe('plain words')
  })

  it('let a symbolic statement of a concept count as stating it', async () => {
    const p = await libraryProblem('count-min-sketch')
    const scored = scoreExplanation({
      rubric: p.rubric,
      statement: p.statement,
      explanation:
        'A depth × width table of counters. Query = min over rows. w = ⌈e/ε⌉, d = ⌈ln 1/δ⌉, so the error is ≤ εN with probability 1 − δ.',
    })
    const covered = scored.criteria.flatMap((c) => c.covered)
    expect(covered).toContain('width = ceil(e / epsilon)')
    expect(covered).toContain('depth = ceil(ln(1 / delta))')
    const missing = scored.criteria.flatMap((c) => c.missing)
    expect(missing).not.toContain('width = ceil(e / epsilon)')
  })

  it('make a matrix formula content, not a list of keywords', () => {
    const [sentence] = analyse(
      "Fix Q: p_u = (Q_uᵀQ_u + λI)⁻¹Q_uᵀr_u over u's observed ratings only (np.linalg.solve); then the same for q_i.",
    )
    if (!sentence) throw new Error('no sentence')
    expect(isKeywordList(sentence)).toBe(false)
  })

  it('in a flood cost linear time and earn nothing without the rubric’s words', async () => {
    const p = await libraryProblem('ndcg-at-k')
    const scored = scoreExplanation({
      rubric: p.rubric,
      statement: p.statement,
      explanation: 'λ ε θ Σ ‖ ⌈ '.repeat(3_000),
    })
    expect(scored.score).toBeLessThan(0.05)
  })
})

describe('a sum of complexity classes', () => {
  it('states each of its terms, not the other way round', () => {
    expect(summandOf('O(nlogn)', 'O(nlogn+nkept)')).toBe(true)
    expect(summandOf('O(nlogn+nkept)', 'O(nlogn)')).toBe(false)
    expect(summandOf('O(v+e)', 'O(v)')).toBe(false)
    expect(summandOf('O(n)', 'O(nlogn+nkept)')).toBe(false)
    expect(summandOf('O(n+m)', 'O(n+k)')).toBe(false)
    expect(summandOf('O(m)', 'O(n(m+1))')).toBe(false)
  })

  it('lets "O(n log n + n·kept)" count toward "O(n log n) sort" without asking for it', async () => {
    const p = await libraryProblem('iou-nms')
    const explanation =
      'Sort by (−score, idx); keep a box unless a kept box of the same class has IoU > thr. O(n log n + n·kept).'
    const scored = scoreExplanation({ rubric: p.rubric, statement: p.statement, explanation })
    const complexity = scored.criteria.find((c) => c.id === 'complexity')
    expect(complexity?.missing).not.toContain('O(n log n) sort')
    expect(complexity?.score).toBeGreaterThan(0)
  })
})

describe('a short term of the rubric spelled out in the text', () => {
  it('"the ideal DCG is zero" states "division by zero when IDCG is zero"', async () => {
    const p = await libraryProblem('ndcg-at-k')
    const scored = scoreExplanation({
      rubric: p.rubric,
      statement: p.statement,
      explanation:
        'I divide DCG@k by the DCG@k of the ideal ordering. When nothing is relevant the ideal DCG is zero, so I return 0.0.',
    })
    const edges = scored.criteria.find((c) => c.id === 'edge-cases')
    expect(edges?.covered).toContain('division by zero when IDCG is zero')
  })

  it('does not make an ordinary word out of others: "separate table" is not "stable"', () => {
    const words = (text: string) =>
      analyseSentence(text)
        .filter((t) => t.content)
        .map((token) => ({ token, weight: 1, vector: undefined }))
    const claimOf = (text: string) =>
      makeClaim(text, words(text), undefined, canonicalComplexity, 0.7, new Map())
    const spelled = (claim: string, sentence: string) =>
      spelledOut(claimOf(claim), words(sentence), sentence).map((w) => w.token.lower)
    expect(spelled('stable sort by time', 'I keep a separate table per user')).toEqual([])
    expect(spelled('stop when assignments repeat', 'select the top k')).toEqual([])
    expect(spelled('normalise by IDCG', 'divide by the ideal DCG')).toEqual(['idcg'])
    expect(spelled('smoothed IDF', 'the inverse document frequency')).toEqual(['idf'])
    // An acronym only where the sentence writes the rest as one: "ideal dcg" in lower case is prose.
    expect(spelled('normalise by IDCG', 'divide by the ideal dcg')).toEqual([])
  })
})
