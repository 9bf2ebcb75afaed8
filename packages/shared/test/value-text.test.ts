// How a test's values read to a person: NaN and the infinities by name, never as a tag or a null.
import { describe, expect, it } from 'vitest'
import { describeDifference, formatValue } from '../src/value-text.ts'

const NAN = { $number: 'NaN' }
const INFINITY = { $number: 'Infinity' }

describe('formatValue', () => {
  it('writes non-finite numbers by name, tagged or not, at any depth', () => {
    expect(formatValue(NAN)).toBe('NaN')
    expect(formatValue(Number.NaN)).toBe('NaN')
    expect(formatValue({ $number: '-Infinity' })).toBe('-Infinity')
    expect(formatValue([0.5, NAN, { top: INFINITY }])).toBe('[0.5,NaN,{"top":Infinity}]')
    expect(formatValue([Number.NEGATIVE_INFINITY])).toBe('[-Infinity]')
  })

  it('writes everything else as JSON, strings quoted, so the string "NaN" stays a string', () => {
    expect(formatValue('NaN')).toBe('"NaN"')
    expect(formatValue('\u0000NaN\u0000')).toBe('"\\u0000NaN\\u0000"')
    expect(formatValue({ $number: 'nan' })).toBe('{"$number":"nan"}')
    expect(formatValue([1, null, true])).toBe('[1,null,true]')
    expect(formatValue(undefined)).toBe('—')
  })
})

describe('describeDifference', () => {
  it('says "got NaN" for a NaN where a number was expected', () => {
    expect(describeDifference(0.5, NAN)).toBe('expected 0.5, got NaN')
    expect(describeDifference(0.5, Number.NaN)).toBe('expected 0.5, got NaN')
  })

  it('names NaN and the infinities where the kinds differ', () => {
    expect(describeDifference([1, 2], NAN)).toBe('expected a list, got NaN')
    expect(describeDifference('a', INFINITY)).toBe('expected a string, got Infinity')
    expect(describeDifference(NAN, 'NaN')).toBe('expected NaN, got a string')
    expect(describeDifference(NAN, null)).toBe('expected NaN, got null')
    expect(describeDifference({ a: 1 }, 'x')).toBe('expected an object, got a string')
  })

  it('compares an expected NaN or infinity with the number that came back', () => {
    expect(describeDifference(NAN, 0.5)).toBe('expected NaN, got 0.5')
    expect(describeDifference(INFINITY, { $number: '-Infinity' })).toBe(
      'expected Infinity, got -Infinity',
    )
    expect(describeDifference(1e308, INFINITY)).toBe('expected 1e+308, got Infinity')
  })

  it('points into lists at the first element that differs', () => {
    expect(describeDifference([0.5, 0.25], [0.5, NAN])).toBe(
      'first difference at index 1: expected 0.25, got NaN',
    )
    expect(describeDifference([0.5, 0.25], [0.5, 0.5])).toBe(
      'first difference at index 1: off by +0.25',
    )
  })
})
