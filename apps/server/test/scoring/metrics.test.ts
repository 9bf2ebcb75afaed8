// Agreement metrics against values worked out by hand.
import { describe, expect, it } from 'vitest'
import {
  agreement,
  pearson,
  quadraticWeightedKappa,
  ranks,
  rmse,
  spearman,
} from '../../src/scoring/eval.ts'
import { groupKFold, minimiseQuadratic } from '../../src/scoring/regression.ts'

describe('pearson', () => {
  it('is 1 for a positive linear relation and -1 for a negative one', () => {
    expect(pearson([1, 2, 3, 4], [2, 4, 6, 8])).toBeCloseTo(1, 12)
    expect(pearson([1, 2, 3, 4], [8, 6, 4, 2])).toBeCloseTo(-1, 12)
  })

  it('matches a hand-computed value', () => {
    // x̄ = 2, ȳ = 3; Σdxdy = 3, Σdx² = 2, Σdy² = 8 → 3 / 4.
    expect(pearson([1, 2, 3], [1, 5, 3])).toBeCloseTo(0.5, 12)
  })

  it('is 0 when one side is constant', () => {
    expect(pearson([1, 1, 1], [1, 2, 3])).toBe(0)
  })
})

describe('spearman', () => {
  it('gives ties their average rank', () => {
    expect(ranks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4])
  })

  it('is 1 for any increasing relation', () => {
    expect(spearman([1, 2, 3, 4], [1, 10, 100, 1000])).toBeCloseTo(1, 12)
  })

  it('matches a hand-computed value with a swap', () => {
    // ranks (1,2,3,4) vs (2,1,3,4): 1 - 6·2 / (4·15) = 0.8.
    expect(spearman([1, 2, 3, 4], [2, 1, 3, 4])).toBeCloseTo(0.8, 12)
  })
})

describe('rmse', () => {
  it('is the root of the mean squared error', () => {
    expect(rmse([0, 0], [3, 4])).toBeCloseTo(Math.sqrt(12.5), 12)
    expect(rmse([1, 2], [1, 2])).toBe(0)
  })
})

describe('quadratic weighted kappa', () => {
  it('is 1 for perfect agreement', () => {
    expect(quadraticWeightedKappa([0, 1, 2, 3], [0, 1, 2, 3], 3)).toBeCloseTo(1, 12)
  })

  it('matches a hand-computed value', () => {
    // Ratings on 0..2: a = (0,1,2), b = (0,2,2). Observed weighted disagreement = 0.25;
    // expected = Σ w·hA·hB / n = (1·0.25·1·0 + …) worked out below.
    // hA = (1,1,1), hB = (1,0,2); weights w(i,j) = (i-j)²/4.
    // num = w(1,2) = 0.25; den = Σ w hA_i hB_j / 3 = (0 + 0 + 1·2 + 0.25·1 + 0.25·2 + 1·1 + 0)/3
    //     = (2 + 0.25 + 0.5 + 1) / 3 = 1.25; κ = 1 - 0.25 / 1.25 = 0.8.
    expect(quadraticWeightedKappa([0, 1, 2], [0, 2, 2], 2)).toBeCloseTo(0.8, 12)
  })

  it('rounds half up and clamps to the scale', () => {
    expect(quadraticWeightedKappa([0.4, 1.5, 7], [0, 2, 5], 5)).toBeCloseTo(1, 12)
  })

  it('is negative for systematic disagreement', () => {
    expect(quadraticWeightedKappa([0, 5, 0, 5], [5, 0, 5, 0], 5)).toBeLessThan(0)
  })
})

describe('agreement', () => {
  it('reports all four metrics and n', () => {
    const a = agreement([1, 2, 3], [1, 2, 3], [5, 5, 5])
    expect(a).toEqual({
      n: 3,
      pearson: expect.closeTo(1, 9),
      spearman: expect.closeTo(1, 9),
      rmse: 0,
      qwk: expect.closeTo(1, 9),
    })
  })
})

describe('constrained least squares and grouped folds', () => {
  // ½vᵀQv − qᵀv with Q = 2I and q = 2·(1, −1, 0.5) is |v − (1, −1, 0.5)|² up to a constant.
  const q = [
    [2, 0, 0],
    [0, 2, 0],
    [0, 0, 2],
  ]
  const linear = [2, -2, 1]

  it('finds the unconstrained minimum when no constraint binds', () => {
    const v = minimiseQuadratic(q, linear, [])
    expect(v[0]).toBeCloseTo(1, 9)
    expect(v[1]).toBeCloseTo(-1, 9)
    expect(v[2]).toBeCloseTo(0.5, 9)
  })

  it('projects onto v ≥ 0 and a linear constraint, as worked out by hand', () => {
    const nonNegative = [
      [-1, 0, 0],
      [0, -1, 0],
      [0, 0, -1],
    ]
    // v ≥ 0 alone: (1, 0, 0.5).
    const positive = minimiseQuadratic(q, linear, nonNegative)
    expect(positive.map((x) => Math.round(x * 1e9) / 1e9)).toEqual([1, 0, 0.5])
    // And v₀ ≤ v₂: the nearest point on v₀ = v₂ to (1, 0.5) is (0.75, 0.75).
    const tied = minimiseQuadratic(q, linear, [...nonNegative, [1, 0, -1]])
    expect(tied[0]).toBeCloseTo(0.75, 9)
    expect(tied[1]).toBeCloseTo(0, 9)
    expect(tied[2]).toBeCloseTo(0.75, 9)
  })

  it('keeps every group in one fold', () => {
    const groups = ['a', 'a', 'b', 'c', 'b', 'd', 'c']
    const folds = groupKFold(groups, 3)
    const foldOf = new Map<string, number>()
    groups.forEach((g, i) => {
      expect(foldOf.get(g) ?? folds[i]).toBe(folds[i])
      foldOf.set(g, folds[i] ?? -1)
    })
    expect(new Set(folds).size).toBe(3)
  })
})
