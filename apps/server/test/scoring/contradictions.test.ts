// Contradictions need the claim's own subject: an opposite word about something else is no denial.
import { loadGradedExplanations, loadLibrary } from '@pairwise/problems'
import type { ProblemDefinition } from '@pairwise/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { scoreExplanation } from '../../src/scoring/explanation.ts'
import { CORRECT_LEVELS, evaluateGraded } from '../../src/scoring/graded-eval.ts'
import { analyseSentence } from '../../src/scoring/text.ts'

let problems: ProblemDefinition[] = []
beforeAll(async () => {
  problems = (await loadLibrary()).problems
})

function contradictionsOf(slug: string, text: string) {
  const problem = problems.find((p) => p.slug === slug)
  if (!problem) throw new Error(`no library problem ${slug}`)
  const score = scoreExplanation({
    explanation: text,
    rubric: problem.rubric,
    statement: problem.statement,
  })
  return score.criteria.flatMap((c) => c.contradictions ?? [])
}

/**
 * Correct sentences in which a word opposes a concept's word, but is about another thing: the
 * gain is exponential, not the pass; the long streams are another case than the short ones.
 */
const NEAR_MISSES: [string, string][] = [
  [
    'ndcg-at-k',
    'I compute DCG@k with exponential gain and a log2 position discount, and divide it by the DCG@k of the ideal ordering.',
  ],
  [
    'pagerank-power-iteration',
    'One iteration is O(n + m) because I push along the sparse edges and never form the n × n matrix.',
  ],
  ['reservoir-sampling', 'For very long streams Algorithm L skips ahead with geometric jumps.'],
  [
    'skewed-join-salting',
    'In the salted shuffle, rows of cold keys go with salt 0 to key mod R as before.',
  ],
  [
    'bm25-inverted-index',
    'The 1 inside the log keeps idf positive even for a term in every document.',
  ],
  [
    'ab-test-two-proportions',
    "With very few clicks the normal approximation is bad, and Fisher's exact test is better.",
  ],
  [
    'lsh-random-hyperplanes',
    'Longer bands push the curve to higher similarity, with fewer false candidates and better precision.',
  ],
  ['item-item-cf', 'For each seen item I walk to the unseen items that share a user with it.'],
  ['cosine-top-k', 'Rounding turns almost equal floats from parallel vectors into exact ties.'],
  [
    'iou-nms',
    'I order the boxes by score from high to low and keep a per-class list of survivors.',
  ],
]

/** Correct sentences that other readings used to contradict: units, names, scopes, formulas. */
const OTHER_NEAR_MISSES: [string, string][] = [
  // Doing what a claim rules out needs its relation ("across", "above") too.
  [
    'bpe-merge-training',
    'A merge rewrites only the words that held the pair, left to right, and updates their counts.',
  ],
  ['ad-slot-auction-pricing', 'The price is the cheapest bid that still holds the slot.'],
  // Python's None is not a denial.
  ['ad-slot-auction-pricing', 'None pads empty slots.'],
  // A total for a pass does not deny a per-step constant; one class written two ways agrees.
  [
    'top-queries-per-market',
    'Complexity is O(N) for the pass with a hash map and a hash set, plus sorting the survivors.',
  ],
  ['kmeans-fixed-start', 'O(nkd) per iteration.'],
  [
    'count-min-sketch',
    'Updates and queries cost O(depth), and the table takes O(width·depth) memory.',
  ],
  [
    'isotonic-ctr-calibration',
    'Every merge removes a block, so PAV is amortised O(m) after the O(n log n) sort.',
  ],
  [
    'sliding-window-heavy-hitters',
    'Each event enters and leaves the window once, O(E) amortised in total.',
  ],
  ['iou-nms', 'A suppressed box never suppresses anybody, so only kept boxes are compared.'],
  [
    'ab-test-two-proportions',
    'TypeScript has no erf, so I implement erfc myself with a rational approximation.',
  ],
  ['ab-test-two-proportions', 'The two-sided p-value is 2(1 − Φ(|z|)), which equals erfc(|z|/√2).'],
  [
    'tfidf-vectors',
    'The smoothed idf is ln((1 + N)/(1 + df)) + 1, so a word in every document still weighs 1.',
  ],
  ['reservoir-sampling', 'Item i draws j = floor(u·(i + 1)) and replaces slot j only if j < k.'],
  ['skewed-join-salting', 'If S is bigger than R, the salts wrap around onto the same reducers.'],
  ['roc-auc-with-ties', 'A tie between a positive and a negative counts one half.'],
  [
    'personalized-pagerank-boards',
    'I prefix every id with its kind, so a user and a board with the same string stay two nodes.',
  ],
  // A concept of cost is denied by a cost, not by a sentence on its topic that has a "never".
  [
    'covisitation-candidates',
    'Views in different sessions can never pair, so I first group the views by session.',
  ],
  // A one-word edge case said twice, and a stem shared across parts of speech (position/positive).
  ['sliding-window-median-latency', 'Idea: I never sort a window.'],
  [
    'sliding-window-median-latency',
    'Nothing alerts at i = 0, and a previous p50 of 0 alerts on anything positive.',
  ],
]

/** Wrong sentences: each must still be shown as a contradiction. */
const CONTRADICTIONS: [string, string][] = [
  [
    'ndcg-at-k',
    'I divide by the DCG of the labels sorted in ascending order, the worst possible ordering.',
  ],
  [
    'pagerank-power-iteration',
    'Each iteration multiplies the rank vector by the dense n × n adjacency matrix.',
  ],
  [
    'pagerank-power-iteration',
    'I build the dense n × n transition matrix and multiply it by the rank vector.',
  ],
  [
    'pagerank-power-iteration',
    'One iteration costs O(n^2) because I multiply by the dense matrix.',
  ],
  ['count-min-sketch', 'To answer a query I take the maximum over rows.'],
  ['iou-nms', 'I sort the boxes by score in ascending order and keep a list of survivors.'],
  ['ndcg-at-k', 'Sorting costs O(n^2).'],
  ['roc-auc-with-ties', 'As a sanity check, a perfectly inverted ranking gives 0.5.'],
]

describe('contradictions', () => {
  it.each(NEAR_MISSES)(
    '%s: an opposite about another thing is not a contradiction: %s',
    (slug, text) => {
      expect(contradictionsOf(slug, text)).toEqual([])
    },
  )

  it.each(OTHER_NEAR_MISSES)('%s: a correct sentence is not contradicted: %s', (slug, text) => {
    expect(contradictionsOf(slug, text)).toEqual([])
  })

  it.each(CONTRADICTIONS)('%s: a wrong statement is still contradicted: %s', (slug, text) => {
    const found = contradictionsOf(slug, text)
    expect(found.map((c) => c.sentence)).toContain(text)
  })

  it('says the claim\'s own word in its advice, not a lemma ("descending", not "descend")', () => {
    const [found] = contradictionsOf(
      'iou-nms',
      'I sort the boxes by score in ascending order and keep a list of survivors.',
    )
    expect(found?.advice).toContain('“descending”')
  })

  it('finds a contradiction in at most 3% of the graded set’s correct explanations', async () => {
    const rows = await loadGradedExplanations()
    const report = evaluateGraded(rows, problems)
    const correct = report.rows.filter((r) =>
      (CORRECT_LEVELS as readonly string[]).includes(r.level),
    )
    expect(correct.length).toBeGreaterThanOrEqual(3 * problems.length)
    const contradicted = correct.filter((r) => r.contradictions > 0).map((r) => r.id)
    // Measured 0 of 57 (it was 39 of 57 when any opposite word in the sentence counted); on the
    // 8 problems written later, 7 of 24 before relations, Python's None, total-vs-step costs and
    // spacing in O(nkd) were handled, 1 of 75 after. The 8 PyTorch problems (written after the
    // scorer was tuned, never scored by their author) showed 4 more: words inside identifiers
    // (`old_velocity`, `weight_decay=0`) taken as claims, `C_out` and `Cout` read as two
    // quantities, and an opposite of a word near the claim in a sentence on another topic; 2 of
    // 102 remained after those were fixed. The 4 pandas/scikit-learn problems showed 7 more: a
    // denial written after its phrase ("dense matrix avoided"), p³ against p^3, a cost broken
    // into parts against its sum, a one-word edge case ("no events") denied by any mention, and
    // a verb against an adjective or noun ("fill" against "empty windows"); 2 of 111 remained.
    // The 20 problems after them showed 4 more: "penalty-free", a term of a sum left out,
    // `align_corners=true` as code, "stop 2" tagged as a verb, a plural noun against a word of
    // the claim's context; 3 of 156 remained. With the last 3 problems graded, 5 of 168 (3.0%)
    // after a class said "against the O(nm) loop" was disowned and "rows with no ratings" was
    // read as a case, not a denial. The 5: a sum's factor left out (O(s k) per round), a test
    // input's value read as a claim ("power = 1-1e-6"), a denial about another method ("no
    // learning rate, like SGD"), a limitation ("no timetables") and two heaps in one list. The
    // 10 problems after them showed 3 more: a concept of cost denied by "can never pair", a
    // one-word edge case said twice ("window 1 and window >= n") and position/positive read as
    // one word through their stem; with those fixed, the same 5 of 198 (2.5%) remain. This
    // bound, 3%, is looser than the 2% the 25 problems the scorer was tuned on allowed: on
    // problems it never saw, it is what contradiction finding achieves today.
    expect(contradicted.length / correct.length, contradicted.join(', ')).toBeLessThanOrEqual(0.03)
    expect(report.contradictionFalsePositive).toBeLessThanOrEqual(0.03)
    // Contradictions still find the wrong writing: most rows written with wrong claims show one.
    // Measured 0.74 on 250 rows (25 problems, 8 of them written after the scorer was tuned), and
    // 0.676 on 340 rows once the 8 PyTorch problems came: their wrong rows say the rubric's
    // misconceptions in other words (9 of 18 found), which the strict match misses on purpose
    // (looser thresholds flag 6% of correct rows); 0.662 on 370 rows with the 4 pandas and
    // scikit-learn problems; 0.598 on 560 rows with the 19 problems after them, whose authors
    // never scored their rows. Recall on problems the scorer was not tuned on is about one half:
    // the weakest part of contradiction finding. The floor guards against regressions.
    expect(report.contradictionFound).toBeGreaterThanOrEqual(0.55)
  }, 120_000)
})

describe('negation scope', () => {
  const denied = (text: string) =>
    analyseSentence(text)
      .filter((t) => t.content && t.negated)
      .map((t) => t.lower)

  it('reads "whether or not" and "kept or not" as both ways, not as a denial', () => {
    expect(denied('Each box is compared whether or not that box was kept.')).toEqual([])
  })

  it('lets "nothing" as an object deny its verb, as "never" does', () => {
    expect(denied('A suppressed box suppresses nothing.')).toContain('suppresses')
  })

  it('ends a denial where a new subject starts its clause', () => {
    expect(denied('For not losing matches I must replicate each right row.')).toEqual([
      'losing',
      'matches',
    ])
  })

  it('reads a hyphenated "already-seen" as part of the phrase that "exclude" denies', () => {
    expect(denied('I exclude already-seen items.')).toContain('seen')
  })
})
