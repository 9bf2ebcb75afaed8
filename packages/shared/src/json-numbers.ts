// NaN and the infinities in JSON, which has no literal for them: they travel tagged.
//
// `{"$number":"NaN"}`, `{"$number":"Infinity"}` and `{"$number":"-Infinity"}` stand for those
// numbers wherever a value is JSON: in tests.json (`args` and `expected`), in the job the sandbox
// reads, in what the harness reports, in the run the API returns and stores. Code turns a tag into
// a number only where it computes with it (the comparison, the difference shown to a person).

export const NON_FINITE_NAMES = ['NaN', 'Infinity', '-Infinity'] as const
export type NonFiniteName = (typeof NON_FINITE_NAMES)[number]

/** A non-finite number as JSON carries it. */
export interface TaggedNumber {
  $number: NonFiniteName
}

const NUMBERS: Record<NonFiniteName, number> = {
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  '-Infinity': Number.NEGATIVE_INFINITY,
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The object `{"$number": name}` with nothing else in it, and a name that is one of the three. */
export function isTaggedNumber(value: unknown): value is TaggedNumber {
  if (!isPlainObject(value)) return false
  const keys = Object.keys(value)
  return (
    keys.length === 1 &&
    keys[0] === '$number' &&
    (NON_FINITE_NAMES as readonly unknown[]).includes(value.$number)
  )
}

/** The number a value stands for: itself when it is a number, a tag's number, else undefined. */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value
  return isTaggedNumber(value) ? NUMBERS[value.$number] : undefined
}

/** A number as JSON can carry it: finite ones as they are, the others tagged. */
export function tagNumber(value: number): number | TaggedNumber {
  if (Number.isFinite(value)) return value
  return { $number: Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity' }
}

/** The value with every tag, at any depth, turned into its number. */
export function decodeNumbers(value: unknown): unknown {
  const number = readNumber(value)
  if (number !== undefined) return number
  if (Array.isArray(value)) return value.map(decodeNumbers)
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, decodeNumbers(item)]),
    )
  }
  return value
}

/** The value with every non-finite number, at any depth, tagged, so that JSON keeps it. */
export function encodeNumbers(value: unknown): unknown {
  if (typeof value === 'number') return tagNumber(value)
  if (Array.isArray(value)) return value.map(encodeNumbers)
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, encodeNumbers(item)]),
    )
  }
  return value
}

/** What to say of a malformed tag, after the path to it. */
export const NUMBER_TAG_ADVICE =
  'has a "$number" key but is not {"$number":"NaN"}, {"$number":"Infinity"} or {"$number":"-Infinity"}'

/**
 * Where a value holds a `$number` key that is not a tag (`{"$number":"nan"}`, or one with other
 * keys beside it), as paths of keys and indexes: an author's typo would otherwise be compared as
 * an object and fail every run without saying why.
 */
export function malformedNumberTags(value: unknown, path: (string | number)[] = []) {
  const found: (string | number)[][] = []
  if (Array.isArray(value)) {
    value.forEach((item, i) => found.push(...malformedNumberTags(item, [...path, i])))
  } else if (isPlainObject(value)) {
    if ('$number' in value && !isTaggedNumber(value)) found.push(path)
    else {
      for (const [key, item] of Object.entries(value)) {
        found.push(...malformedNumberTags(item, [...path, key]))
      }
    }
  }
  return found
}
