// Growth measurement in the sandbox: reference solutions grow as their problems say, slow code is caught.
import type { ProblemDefinition } from '@pairwise/shared'
import { loadLibrary } from '@pairwise/problems'
import { describe, expect, it } from 'vitest'
import { limitsForProblem } from '../../src/problems/limits.ts'
import { createSandboxRunner, resolveRunnerOptions, type Runner } from '../../src/runner/index.ts'
import { adaptedSizes, fitGrowth, measureGrowth } from '../../src/runner/measure-growth.ts'
import { growthFailure } from '../../src/problems/validate.ts'
import { checkComplexity, parseComplexityClaim } from '../../src/scoring/complexity.ts'
import { hasBwrap, hasPython, warnIfMissing } from './helpers/environment.ts'

warnIfMissing('growth measurement', { bwrap: true, python: true })
const available = hasBwrap && hasPython
const runner: Runner | undefined = available
  ? createSandboxRunner(resolveRunnerOptions())
  : undefined

const { problems } = await loadLibrary()
const withGenerators = problems.filter((p) => p.generator !== undefined)
const ndcg = problems.find((p) => p.slug === 'ndcg-at-k') as ProblemDefinition

/** Selection of the ideal order by repeated max: O(n²) however the labels fall. */
const QUADRATIC_NDCG_PY = `
import math


def ndcg_at_k(relevances, k):
    remaining = list(relevances)
    ideal = []
    while remaining:
        best = max(remaining)
        remaining.remove(best)
        ideal.append(best)
    dcg = lambda labels: sum((2 ** r - 1) / math.log2(i + 2) for i, r in enumerate(labels[:k]))
    best = dcg(ideal)
    return dcg(relevances) / best if best > 0 else 0.0
`

const QUADRATIC_NDCG_TS = `
export function ndcgAtK(relevances: number[], k: number): number {
  const remaining = [...relevances]
  const ideal: number[] = []
  while (remaining.length > 0) {
    let at = 0
    for (let i = 1; i < remaining.length; i++) if (remaining[i] > remaining[at]) at = i
    ideal.push(remaining[at])
    remaining.splice(at, 1)
  }
  const dcg = (labels: number[]) =>
    labels.slice(0, k).reduce((sum, r, i) => sum + (2 ** r - 1) / Math.log2(i + 2), 0)
  const best = dcg(ideal)
  return best > 0 ? dcg(relevances) / best : 0
}
`

/**
 * A generous wall limit: the measurement's budget is CPU time, and on a loaded machine spending it
 * takes longer than the default 10 s wall limit allows. These tests are about what is measured.
 */
const GENEROUS = { wallMs: 60_000 }

function measureReference(p: ProblemDefinition, language: 'python' | 'typescript') {
  return measureGrowth(runner!, {
    language,
    code: p.solutions[language]!,
    functionName: p.functionNames[language]!,
    generator: p.generator!,
    // The address space a required library maps (PyTorch's ~800 MB), as validate gives it.
    limits: {
      ...GENEROUS,
      addressSpaceHeadroomMb: limitsForProblem(p, language).addressSpaceHeadroomMb ?? 0,
    },
  })
}

describe('fitGrowth', () => {
  const points = (exponent: number, sizes: number[]) =>
    sizes.map((n) => ({ n, seconds: 1e-6 * n ** exponent, sampleSeconds: 1 }))

  it('recovers the exponent of a power law, with a zero-width interval when exact', () => {
    const fit = fitGrowth(points(1.5, [100, 200, 400, 800]))
    expect(fit.exponent).toBeCloseTo(1.5, 6)
    expect(fit.interval?.[0]).toBeCloseTo(1.5, 6)
    expect(fit.interval?.[1]).toBeCloseTo(1.5, 6)
  })

  it('gives noisy timings a wider interval that still holds the true exponent', () => {
    // Deterministic noise of ±15% on a linear law: the interval widens and covers 1.
    const sizes = [800, 1600, 3200, 6400, 12800, 25600]
    const noise = [1.15, 0.87, 1.1, 0.9, 1.12, 0.88]
    const noisy = sizes.map((n, i) => ({
      n,
      seconds: 1e-6 * n * (noise[i] ?? 1),
      sampleSeconds: 1,
    }))
    const fit = fitGrowth(noisy)
    const [low, high] = fit.interval!
    expect(low).toBeLessThan(1)
    expect(high).toBeGreaterThan(1)
    expect(high - low).toBeGreaterThan(0.05)
    expect(high - low).toBeLessThan(0.6)
  })

  it('halves down from the first size when slow code was cut at small sizes', () => {
    expect(adaptedSizes(800, [800])).toEqual([25, 50, 100, 200, 400, 800])
    expect(adaptedSizes(40, [40, 80])).toEqual([10, 20, 40, 80])
  })

  it('says nothing from too few sizes, too narrow a span, or samples under the noise floor', () => {
    expect(fitGrowth(points(1, [100, 200])).exponent).toBeNull()
    expect(fitGrowth(points(1, [100, 150, 200, 300])).exponent).toBeNull()
    const short = points(1, [100, 200, 400, 800]).map((p) => ({ ...p, sampleSeconds: 0.0005 }))
    expect(fitGrowth(short).exponent).toBeNull()
  })
})

describe.skipIf(!available)('measureGrowth in the sandbox', () => {
  it('has at least 6 problems with a generator', () => {
    expect(withGenerators.length).toBeGreaterThanOrEqual(6)
  })

  it.each(withGenerators.map((p) => [p.slug, p] as const))(
    'measures the Python reference of %s as its generator.json expects',
    async (_slug, p) => {
      const expected = parseComplexityClaim(p.generator!.expectedComplexity)
      expect(expected, p.generator!.expectedComplexity).not.toBeNull()
      // As validate does: a disagreement is measured once more, and only two in a row fail.
      let measured = await measureReference(p, 'python')
      if (growthFailure(expected!, measured) !== null)
        measured = await measureReference(p, 'python')
      const seen = JSON.stringify(measured)
      expect(measured.error, seen).toBeUndefined()
      expect(measured.sizes, seen).toEqual(p.generator!.sizes)
      expect(measured.exponent, seen).not.toBeNull()
      expect(measured.interval, seen).not.toBeNull()
      expect(checkComplexity(expected, measured, expected).check.consistent, seen).toBe(true)
    },
  )

  it.each(['ndcg-at-k', 'iou-nms', 'pagerank-power-iteration'])(
    'measures the TypeScript reference of %s as expected too',
    async (slug) => {
      const p = withGenerators.find((candidate) => candidate.slug === slug)!
      const measured = await measureReference(p, 'typescript')
      const expected = parseComplexityClaim(p.generator!.expectedComplexity)!
      expect(measured.error).toBeUndefined()
      expect(measured.exponent).not.toBeNull()
      expect(checkComplexity(expected, measured).check.consistent).toBe(true)
    },
  )

  it.each([
    ['python', QUADRATIC_NDCG_PY, 'ndcg_at_k'],
    ['typescript', QUADRATIC_NDCG_TS, 'ndcgAtK'],
  ] as const)(
    'measures a quadratic %s NDCG near 2 and flags a claim of O(n log n)',
    async (language, code, functionName) => {
      const measured = await measureGrowth(runner!, {
        language,
        code,
        functionName,
        generator: ndcg.generator!,
      })
      expect(measured.exponent).not.toBeNull()
      expect(measured.exponent!).toBeGreaterThan(1.6)
      expect(measured.exponent!).toBeLessThan(2.4)
      const claim = parseComplexityClaim('Sorting the labels makes it O(n log n) overall.')
      const { check, flag } = checkComplexity(claim, measured)
      expect(check.consistent).toBe(false)
      expect(flag?.code).toBe('complexity-mismatch')
      expect(flag?.message).toContain('O(n log n)')
      expect(flag?.message).toContain(measured.exponent!.toFixed(2))
      // Honest about it, the quadratic code is still slower than the problem requires.
      const honest = checkComplexity(
        parseComplexityClaim('Repeated max makes it O(n^2).'),
        measured,
        parseComplexityClaim(ndcg.generator!.expectedComplexity),
      )
      expect(honest.check.consistent).toBe(true)
      expect(honest.slower?.code).toBe('slower-than-required')
    },
  )

  it('measures quadratic code too slow for the budget on smaller sizes, not "not measured"', async () => {
    // About 300x slower than the quadratic above: even a fast machine spends the budget on the
    // generator's first size or two (800 takes about a second a call), too few for a fit.
    const code = QUADRATIC_NDCG_PY.replace(
      'best = max(remaining)',
      'best = max(remaining)\n        for _ in range(300):\n            max(remaining)',
    )
    const measured = await measureGrowth(runner!, {
      language: 'python',
      code,
      functionName: 'ndcg_at_k',
      generator: ndcg.generator!,
      budgetMs: 1_500,
    })
    const seen = JSON.stringify(measured)
    expect(measured.adapted, seen).toBe(true)
    expect(measured.sizes[0], seen).toBeLessThan(800)
    expect(measured.exponent).not.toBeNull()
    const verdict = checkComplexity(
      parseComplexityClaim('Sorting makes it O(n log n).'),
      measured,
      parseComplexityClaim(ndcg.generator!.expectedComplexity),
    )
    expect(verdict.flag?.code).toBe('complexity-mismatch')
    expect(verdict.slower?.code).toBe('slower-than-required')
  })

  it('keeps the sizes measured before code ran out of time at a large size', async () => {
    const code = `
def ndcg_at_k(relevances, k):
    if len(relevances) > 20000:
        while True:
            pass
    return sorted(relevances)[0] * 0.0
`
    const measured = await measureGrowth(runner!, {
      language: 'python',
      code,
      functionName: 'ndcg_at_k',
      generator: ndcg.generator!,
    })
    expect(measured.sizes).toEqual([800, 1600, 3200, 6400, 12800])
    expect(measured.stoppedAt).toBe(25600)
    expect(measured.seconds).toHaveLength(5)
  })

  it('keeps the sizes measured before the run limit killed TypeScript stuck at a large size', async () => {
    const code = `
export function ndcgAtK(relevances: number[], k: number): number {
  if (relevances.length > 20000) for (;;) {}
  return [...relevances].sort()[0] * 0
}
`
    const measured = await measureGrowth(runner!, {
      language: 'typescript',
      code,
      functionName: 'ndcgAtK',
      generator: ndcg.generator!,
      limits: { wallMs: 4_000, cpuSeconds: 3 },
    })
    expect(measured.sizes).toEqual([800, 1600, 3200, 6400, 12800])
    expect(measured.error).toMatch(/limit exceeded.*n=25600/)
  })

  it('reports an exception of the code with the size that raised it', async () => {
    const code = `
def ndcg_at_k(relevances, k):
    if len(relevances) > 5000:
        raise ValueError('too many labels')
    return 0.0
`
    const measured = await measureGrowth(runner!, {
      language: 'python',
      code,
      functionName: 'ndcg_at_k',
      generator: ndcg.generator!,
      // Batches of a constant-time call spend the default 3 s CPU budget before n=6400 on a
      // loaded machine; this test is about the exception, so the budget is not what stops it.
      limits: { ...GENEROUS, cpuSeconds: 20 },
      budgetMs: 10_000,
    })
    expect(measured.sizes).toEqual([800, 1600, 3200])
    expect(measured.error).toContain('At n=6400: ValueError: too many labels')
    expect(measured.exponent).toBeNull()
  })

  it('reports a broken generator, which runs sandboxed like candidate code', async () => {
    const generator = {
      code: `
import os


def generate(n, seed):
    if n > 1000:
        return [os.listdir('/job'), open('/etc/shadow').read()]
    return [[1, 2, 3], 2]
`,
      sizes: [500, 1000, 2000],
      seed: 1,
    }
    const measured = await measureGrowth(runner!, {
      language: 'python',
      code: ndcg.solutions.python!,
      functionName: 'ndcg_at_k',
      generator,
    })
    expect(measured.sizes).toEqual([500, 1000])
    expect(measured.error).toMatch(
      /the generator failed at n=2000: .*(PermissionError|FileNotFoundError)/,
    )
  })
})
