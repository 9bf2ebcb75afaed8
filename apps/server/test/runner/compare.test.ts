// How returned values are judged against expected ones, apart from any process.
import { describe, expect, it } from 'vitest'
import { displayValue } from '../../src/runner/compare.ts'
import { outputsMatch, valuesMatch } from '../../src/runner/index.ts'

const NAN = { $number: 'NaN' }
const INFINITY = { $number: 'Infinity' }
const MINUS_INFINITY = { $number: '-Infinity' }

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

  it('treats an expected NaN as met by NaN only, tagged or not', () => {
    expect(valuesMatch(NAN, NAN)).toBe(true)
    expect(valuesMatch(Number.NaN, NAN)).toBe(true)
    expect(valuesMatch(NAN, Number.NaN)).toBe(true)
    expect(valuesMatch(NAN, 0)).toBe(false)
    expect(valuesMatch(NAN, INFINITY)).toBe(false)
    expect(valuesMatch(NAN, 'NaN')).toBe(false)
    expect(valuesMatch(NAN, null)).toBe(false)
    // A NaN never meets a finite expected value, whatever the tolerance.
    expect(valuesMatch(0.5, NAN, 1e9)).toBe(false)
    // Only the exact tag is a number: another key beside it, or a misspelt name, is an object.
    expect(valuesMatch(NAN, { $number: 'NaN', extra: 1 })).toBe(false)
    expect(valuesMatch({ $number: 'nan' }, NAN)).toBe(false)
  })

  it('treats an infinity as equal only to the infinity of the same sign, tagged or not', () => {
    expect(valuesMatch(INFINITY, INFINITY)).toBe(true)
    expect(valuesMatch(Number.POSITIVE_INFINITY, INFINITY)).toBe(true)
    expect(valuesMatch(MINUS_INFINITY, Number.NEGATIVE_INFINITY)).toBe(true)
    expect(valuesMatch(INFINITY, MINUS_INFINITY)).toBe(false)
    expect(valuesMatch(Number.POSITIVE_INFINITY, MINUS_INFINITY)).toBe(false)
    expect(valuesMatch(INFINITY, 1e308, 1)).toBe(false)
    expect(valuesMatch(1e308, INFINITY, 1)).toBe(false)
    expect(valuesMatch(INFINITY, 'Infinity')).toBe(false)
  })

  it('finds tagged numbers inside lists and objects, the tolerance still applying around them', () => {
    expect(valuesMatch([1, NAN, { top: INFINITY }], [1 + 1e-12, NAN, { top: INFINITY }])).toBe(true)
    expect(valuesMatch([1, NAN], [1 + 1e-12, Number.NaN])).toBe(true)
    expect(valuesMatch([1, NAN], [1, 1])).toBe(false)
    expect(valuesMatch({ loss: MINUS_INFINITY }, { loss: INFINITY })).toBe(false)
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

describe('displayValue', () => {
  it('cuts off nesting deeper than any harness writes instead of overflowing the stack', () => {
    // A line the code wrote on the result channel itself: JSON.parse nests this deep, recursion cannot.
    const deep = JSON.parse(`${'['.repeat(200_000)}${']'.repeat(200_000)}`) as unknown
    let shown = displayValue(deep)
    let depth = 0
    while (Array.isArray(shown)) {
      shown = shown[0]
      depth++
    }
    expect(shown).toBe('<nested too deeply>')
    expect(depth).toBe(101)
  })
})

describe('outputsMatch', () => {
  it('compares printed output trimmed, forgiving trailing spaces and CRLF', () => {
    expect(outputsMatch('1.0\n2\n', '1.0  \r\n2')).toBe(true)
    expect(outputsMatch('1.0', '1.00')).toBe(false)
  })

  it('in tokens mode, ignores spaces and commas and compares numbers by value', () => {
    // A hand-written list against what NumPy prints for the same array.
    expect(outputsMatch('[0, 0, 1]', '[0 0 1]\n', 'tokens')).toBe(true)
    expect(outputsMatch('[1.5,3.]', '[1.5 3. ]', 'tokens')).toBe(true)
    expect(outputsMatch('(0., 0.25, 1.0)', '(0.0, 0.25, 1.0)', 'tokens')).toBe(true)
    expect(
      outputsMatch('array([9500.05, 1.])', 'array([9.50005e+03, 1.00000e+00])', 'tokens'),
    ).toBe(true)
    expect(
      outputsMatch('[[ 1.4, -1.0] [-0.8, 0.4 ]]', '[[ 1.4 -1.0]\n [-0.8  0.4 ]]', 'tokens'),
    ).toBe(true)
    // Float noise within the default tolerance passes; a rounding difference does not.
    expect(outputsMatch('0.0001', '0.00010000000000000002', 'tokens')).toBe(true)
    expect(outputsMatch('[0.66666667]', '[0.667]', 'tokens')).toBe(false)
  })

  it('in tokens mode, still tells structure, words, signs and order apart', () => {
    expect(outputsMatch('[1, 2]', '[12]', 'tokens')).toBe(false)
    expect(outputsMatch('[1, 2]', '(1, 2)', 'tokens')).toBe(false)
    expect(outputsMatch('[1, 2]', '[2, 1]', 'tokens')).toBe(false)
    expect(outputsMatch('[1, 2]', '[1, 2, 3]', 'tokens')).toBe(false)
    expect(outputsMatch('-3', '3', 'tokens')).toBe(false)
    expect(outputsMatch('True', 'False', 'tokens')).toBe(false)
    expect(outputsMatch("{'a': 1}", "{'b': 1}", 'tokens')).toBe(false)
    // Lines mode, the default, keeps its exactness.
    expect(outputsMatch('[0, 0, 1]', '[0 0 1]')).toBe(false)
  })

  it('in tokens mode, scans a long adversarial output in linear time', () => {
    const long = `${'-'.repeat(200_000)}${'1'.repeat(200_000)}e${'.'.repeat(200_000)}`
    const started = performance.now()
    expect(outputsMatch(long, `${long}x`, 'tokens')).toBe(false)
    expect(performance.now() - started).toBeLessThan(2000)
  })
})
