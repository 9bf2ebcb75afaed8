// Complexity claims read from explanations, and their check against a measured growth exponent.
import { describe, expect, it } from 'vitest'
import { checkComplexity, parseComplexityClaim } from '../../src/scoring/complexity.ts'

describe('parseComplexityClaim', () => {
  it.each([
    ['It runs in O(n) time.', 'O(n)', 1],
    ['Sorting dominates, so it is O(n log n).', 'O(n log n)', 1.1],
    ['O(nlogn) because of the sort', 'O(nlogn)', 1.1],
    ['Θ(N log N) comparisons', 'Θ(N log N)', 1.1],
    ['The double loop is O(n^2).', 'O(n^2)', 2],
    ['The double loop is O(n²).', 'O(n²)', 2],
    ['It is O(n**2) in the worst case.', 'O(n**2)', 2],
    ['The pairwise check makes it quadratic time.', 'quadratic', 2],
    ['Every document is scored, O(n·d) for d dimensions.', 'O(n·d)', 1],
    ['That gives O(nd) work.', 'O(nd)', 1],
    ['A heap keeps it O(n log k).', 'O(n log k)', 1],
    ['Each iteration is O(n + m), so O(iters·(n + m)) overall.', 'O(iters·(n + m))', 1],
    ['BFS is O(V + E).', 'O(V + E)', 1],
    ['Lookups are O(log n).', 'O(log n)', 0.1],
    ['Each query is O(1) time.', 'O(1)', 0],
    ['It takes linear time.', 'linear time', 1],
    ['A linearithmic sort does it.', 'linearithmic', 1.1],
    ['The sort makes it n log n.', 'n log n', 1.1],
    ['It is O(n sqrt n).', 'O(n sqrt n)', 1.5],
  ])('reads %j as %s', (text, claimed, exponent) => {
    const claim = parseComplexityClaim(text)
    expect(claim?.claimed).toBe(claimed)
    expect(claim?.exponent).toBeCloseTo(exponent, 2)
  })

  it('reads the time claim, not the space claim', () => {
    expect(parseComplexityClaim('It uses O(k) extra space and O(n log n) time.')?.claimed).toBe(
      'O(n log n)',
    )
    expect(parseComplexityClaim('Memory stays O(k).')).toBeNull()
  })

  it("skips claims about other approaches than the candidate's", () => {
    const text = 'The naive approach is O(n^2), but sorting first gives O(n log n).'
    expect(parseComplexityClaim(text)?.claimed).toBe('O(n log n)')
    expect(parseComplexityClaim('A brute-force scan would be O(n^2).')).toBeNull()
  })

  it('takes the claim said to hold overall, else the slowest step', () => {
    expect(parseComplexityClaim('Sorting is O(n log n) and the scan is O(n).')?.exponent).toBe(1.1)
    expect(
      parseComplexityClaim('Building is O(n^2) once; overall each query is O(log n).')?.claimed,
    ).toBe('O(log n)')
  })

  it('finds no claim in text without one, or in exponential claims', () => {
    expect(parseComplexityClaim('I sort the labels and divide by the ideal DCG.')).toBeNull()
    expect(parseComplexityClaim('We fit a linear regression model.')).toBeNull()
    expect(parseComplexityClaim('Trying every subset is O(2^n).')).toBeNull()
    expect(parseComplexityClaim('')).toBeNull()
  })
})

describe('checkComplexity', () => {
  const claim = { claimed: 'O(n log n)', exponent: 1.1 }
  const quadratic = { claimed: 'O(n^2)', exponent: 2 }
  const linear = { claimed: 'O(n)', exponent: 1 }

  it('agrees when the interval, with the model margin, holds the claim; no flag', () => {
    const { check, flag, slower } = checkComplexity(claim, {
      exponent: 1.04,
      interval: [0.98, 1.1],
      sizes: [800, 1600, 3200],
    })
    expect(check).toEqual({
      claimed: 'O(n log n)',
      claimedExponent: 1.1,
      measuredExponent: 1.04,
      sizes: [800, 1600, 3200],
      interval: [0.98, 1.1],
      consistent: true,
    })
    expect(flag).toBeNull()
    expect(slower).toBeNull()
  })

  it('does not flag a noisy measurement whose wide interval still holds the claim', () => {
    // A point estimate of 1.62 was once a mismatch for O(n log n); its interval says "could be".
    const noisy = { exponent: 1.62, interval: [0.85, 2.39] as [number, number] }
    expect(checkComplexity(claim, noisy).check.consistent).toBe(true)
    expect(checkComplexity(quadratic, noisy).check.consistent).toBe(true)
  })

  it('flags a mismatch only when the interval excludes the claim, with both numbers', () => {
    const measured = {
      exponent: 1.98,
      interval: [1.9, 2.06] as [number, number],
      sizes: [800, 6400],
    }
    const { check, flag } = checkComplexity(claim, measured)
    expect(check.consistent).toBe(false)
    expect(flag?.code).toBe('complexity-mismatch')
    expect(flag?.message).toContain('n^1.10')
    expect(flag?.message).toContain('n^1.98 (95% interval 1.90 to 2.06)')
    expect(flag?.message).toContain('from 800 to 6400')
    // Just inside the margin: 1.1 + 0.3 ≥ 1.4, no flag; just outside, a flag.
    expect(checkComplexity(claim, { exponent: 1.5, interval: [1.4, 1.6] }).flag).toBeNull()
    expect(checkComplexity(claim, { exponent: 1.55, interval: [1.41, 1.7] }).flag).not.toBeNull()
  })

  it('flags code slower than the problem requires even when the claim is honest', () => {
    const measured = { exponent: 1.98, interval: [1.9, 2.06] as [number, number], sizes: [40, 640] }
    const { check, flag, slower } = checkComplexity(quadratic, measured, claim)
    expect(check).toMatchObject({
      consistent: true,
      required: 'O(n log n)',
      requiredExponent: 1.1,
      slowerThanRequired: true,
    })
    expect(flag).toBeNull()
    expect(slower?.code).toBe('slower-than-required')
    expect(slower?.message).toContain('the problem asks for O(n log n)')
    // Growth within the margin of the requirement is not slower.
    const fine = checkComplexity(linear, { exponent: 1.15, interval: [1.05, 1.25] }, claim)
    expect(fine.slower).toBeNull()
    expect(fine.check.slowerThanRequired).toBe(false)
  })

  it("lets a claim of the problem's own cost stand over a faster measurement, and nothing above it", () => {
    // Vectorized all-pairs code at the sizes a budget allows: mostly constant work per call.
    const pairs = parseComplexityClaim('Every pair of documents counts, so O(n^2).')!
    const flat = { exponent: 1.07, interval: [0.45, 1.69] as [number, number], sizes: [125, 2000] }
    const stated = checkComplexity(pairs, flat, pairs)
    expect(stated.check).toMatchObject({ consistent: true, belowStatedCost: true })
    expect(stated.flag).toBeNull()
    // Without the problem's cost, or claiming more than it, the same measurement contradicts.
    expect(checkComplexity(pairs, flat).flag?.code).toBe('complexity-mismatch')
    const cubic = parseComplexityClaim('It is O(n^3).')!
    expect(checkComplexity(cubic, flat, pairs).flag?.code).toBe('complexity-mismatch')
    // A claim below the measurement is never excused.
    const measuredQuadratic = { exponent: 2, interval: [1.9, 2.1] as [number, number] }
    expect(checkComplexity(linear, measuredQuadratic, pairs).flag?.code).toBe('complexity-mismatch')
    // And n log n claimed for n log n work measured linear is within the margin anyway.
    expect(checkComplexity(claim, flat, claim).check.belowStatedCost).toBeUndefined()
  })

  it('leaves consistency open when there is no claim or no meaningful measurement', () => {
    expect(checkComplexity(null, { exponent: 2 }).check.consistent).toBeNull()
    expect(checkComplexity(claim, { exponent: null }).check.consistent).toBeNull()
    expect(checkComplexity(claim, null).flag).toBeNull()
    expect(checkComplexity(claim, null, claim).slower).toBeNull()
  })
})
