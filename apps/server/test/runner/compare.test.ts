// How returned values are judged against expected ones, apart from any process.
import { describe, expect, it } from 'vitest'
import { outputsMatch, valuesMatch } from '../../src/runner/index.ts'

describe('valuesMatch', () => {
  it('accepts numbers within the relative tolerance and rejects those outside it', () => {
    expect(valuesMatch(0.3, 0.1 + 0.2)).toBe(true)
    expect(valuesMatch(0.3, 0.1 + 0.2, 0)).toBe(false)
    expect(valuesMatch(1e6, 1e6 + 0.5, 1e-6)).toBe(true)
    expect(valuesMatch(1e6, 1e6 + 2, 1e-6)).toBe(false)
    // Near zero the tolerance is absolute: max(1, |expected|).
    expect(valuesMatch(0, 1e-10)).toBe(true)
    expect(valuesMatch(0, 1e-8)).toBe(false)
  })

  it('never takes a bool for a number, nor a number for a bool', () => {
    expect(valuesMatch(1, true)).toBe(false)
    expect(valuesMatch(true, 1)).toBe(false)
    expect(valuesMatch(false, false)).toBe(true)
  })

  it('treats NaN as equal to NaN, and infinities only as themselves', () => {
    expect(valuesMatch(Number.NaN, { $pairwise: 'nan' })).toBe(true)
    expect(valuesMatch(Number.NaN, 0)).toBe(false)
    expect(valuesMatch(Number.POSITIVE_INFINITY, { $pairwise: 'inf' })).toBe(true)
    expect(valuesMatch(Number.POSITIVE_INFINITY, { $pairwise: '-inf' })).toBe(false)
    expect(valuesMatch(1e308, { $pairwise: 'inf' })).toBe(false)
  })

  it('compares lists and objects deeply, with the tolerance inside them', () => {
    expect(valuesMatch([1, [2, { a: 0.3 }]], [1, [2, { a: 0.1 + 0.2 }]])).toBe(true)
    expect(valuesMatch([1, 2], [1, 2, 3])).toBe(false)
    expect(valuesMatch({ a: 1 }, { a: 1, b: 2 })).toBe(false)
    expect(valuesMatch({ a: 1 }, { b: 1 })).toBe(false)
    expect(valuesMatch([1], { 0: 1 })).toBe(false)
    expect(valuesMatch(null, null)).toBe(true)
    expect(valuesMatch(null, 0)).toBe(false)
  })

  it('never matches a value the harness could only show by its repr', () => {
    expect(valuesMatch('<object>', { $pairwise: 'repr', repr: '<object>' })).toBe(false)
  })
})

describe('outputsMatch', () => {
  it('compares printed output trimmed, forgiving trailing spaces and CRLF', () => {
    expect(outputsMatch('1.0\n2\n', '1.0  \r\n2')).toBe(true)
    expect(outputsMatch('1.0', '1.00')).toBe(false)
  })
})
