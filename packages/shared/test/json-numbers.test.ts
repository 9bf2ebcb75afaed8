// NaN and the infinities through JSON: tagged on the way out, numbers again where code computes.
import { describe, expect, it } from 'vitest'
import {
  decodeNumbers,
  encodeNumbers,
  isTaggedNumber,
  malformedNumberTags,
  readNumber,
  tagNumber,
} from '../src/json-numbers.ts'

describe('number tags', () => {
  it('tags exactly the three non-finite numbers and leaves finite ones alone', () => {
    expect(tagNumber(Number.NaN)).toEqual({ $number: 'NaN' })
    expect(tagNumber(Number.POSITIVE_INFINITY)).toEqual({ $number: 'Infinity' })
    expect(tagNumber(Number.NEGATIVE_INFINITY)).toEqual({ $number: '-Infinity' })
    expect(tagNumber(-0.5)).toBe(-0.5)
    expect(tagNumber(Number.MAX_VALUE)).toBe(Number.MAX_VALUE)
  })

  it('reads a tag, or a number, as the number it stands for', () => {
    expect(readNumber({ $number: 'NaN' })).toBeNaN()
    expect(readNumber({ $number: 'Infinity' })).toBe(Number.POSITIVE_INFINITY)
    expect(readNumber({ $number: '-Infinity' })).toBe(Number.NEGATIVE_INFINITY)
    expect(readNumber(3)).toBe(3)
    expect(readNumber('NaN')).toBeUndefined()
    expect(readNumber(null)).toBeUndefined()
  })

  it('takes only the exact form for a tag: one key, one of the three names', () => {
    expect(isTaggedNumber({ $number: 'NaN' })).toBe(true)
    expect(isTaggedNumber({ $number: 'nan' })).toBe(false)
    expect(isTaggedNumber({ $number: 'inf' })).toBe(false)
    expect(isTaggedNumber({ $number: '1e999' })).toBe(false)
    expect(isTaggedNumber({ $number: 'NaN', note: 'x' })).toBe(false)
    expect(isTaggedNumber([{ $number: 'NaN' }])).toBe(false)
    expect(isTaggedNumber({ $pairwise: 'nan' })).toBe(false)
  })

  it('survives JSON both ways, at any depth, where a bare NaN turns into null', () => {
    const value = { losses: [0.5, Number.NaN, Number.POSITIVE_INFINITY], best: -Infinity, n: 2 }
    expect(JSON.parse(JSON.stringify(value))).toEqual({
      losses: [0.5, null, null],
      best: null,
      n: 2,
    })
    const carried = JSON.parse(JSON.stringify(encodeNumbers(value))) as unknown
    expect(carried).toEqual({
      losses: [0.5, { $number: 'NaN' }, { $number: 'Infinity' }],
      best: { $number: '-Infinity' },
      n: 2,
    })
    expect(decodeNumbers(carried)).toEqual(value)
  })

  it('decodes only tags: strings and look-alike objects stay what they are', () => {
    expect(decodeNumbers(['NaN', 'Infinity', { $number: 'nan' }])).toEqual([
      'NaN',
      'Infinity',
      { $number: 'nan' },
    ])
  })

  it('finds the paths of "$number" objects that are not tags', () => {
    expect(
      malformedNumberTags({
        args: [[1, { $number: 'nan' }], { $number: 'NaN' }],
        expected: { best: { $number: 'Infinity', also: 1 }, ok: { $number: '-Infinity' } },
      }),
    ).toEqual([
      ['args', 0, 1],
      ['expected', 'best'],
    ])
    expect(malformedNumberTags({ expected: [{ $number: 'NaN' }, 'NaN'] })).toEqual([])
  })
})
