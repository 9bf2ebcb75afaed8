// The authoring editor's hints: misconceptions and number tags are checked as the loader will check them.
import { describe, expect, it } from 'vitest'
import { rubricHints, testsHints } from '../../src/components/author/json-hints.ts'
import { NEW_PROBLEM } from '../../src/components/author/problem-template.ts'

const criterion = (id: string, misconceptions?: unknown) => ({
  id,
  title: id,
  weight: 0.5,
  description: 'd',
  concepts: ['c'],
  ...(misconceptions === undefined ? {} : { misconceptions }),
})
const rubric = (...criteria: object[]) =>
  JSON.stringify({ criteria, referenceExplanation: 'I sort descending.' })
const wrong = { claim: 'IDCG sorts ascending.', correction: 'Sort the labels descending.' }
const errors = (text: string) => rubricHints(text).filter((h) => h.tone === 'error')

describe('rubricHints on misconceptions', () => {
  it('accepts well-formed misconceptions and reports no error', () => {
    const text = rubric(
      criterion('approach', [{ id: 'ascending', ...wrong }]),
      criterion('edge', [{ id: 'zero', ...wrong }]),
    )
    expect(errors(text)).toEqual([])
    expect(rubricHints(text).map((h) => h.text)).not.toContainEqual(
      expect.stringContaining('No "misconceptions"'),
    )
  })

  it('finds the new-problem template clean, with a misconception to copy', () => {
    const text = NEW_PROBLEM['rubric.json']
    expect(text).toContain('"misconceptions"')
    expect(rubricHints(text).filter((h) => h.tone !== 'ok')).toEqual([])
  })

  it('warns when no criterion has any', () => {
    const hints = rubricHints(rubric(criterion('approach'), criterion('edge')))
    expect(hints).toContainEqual({
      tone: 'warn',
      text: expect.stringContaining('No "misconceptions"'),
    })
    expect(errors(rubric(criterion('approach'), criterion('edge')))).toEqual([])
  })

  it('flags a repeated id across criteria, a bad id and a missing correction', () => {
    const text = rubric(
      criterion('approach', [
        { id: 'same', ...wrong },
        { id: 'Bad Id', ...wrong },
      ]),
      criterion('edge', [
        { id: 'same', ...wrong },
        { id: 'bare', claim: 'IDCG sorts ascending.' },
      ]),
    )
    const messages = errors(text).map((h) => h.text)
    expect(messages).toContain('The misconception id "same" repeats.')
    expect(messages).toContain('"approach" misconception 2 needs a kebab-case "id".')
    expect(messages).toContain('"edge" misconception 2 needs a "correction" sentence.')
  })

  it('flags misconceptions that are not an array', () => {
    const messages = errors(rubric(criterion('approach', 'oops'), criterion('edge'))).map(
      (h) => h.text,
    )
    expect(messages).toContain('"approach": "misconceptions" must be an array.')
  })
})

describe('testsHints on NaN and the infinities', () => {
  const tests = (expected: unknown, args: unknown[] = [[1], 1]) =>
    JSON.stringify({
      cases: [
        { name: 'shown', args: [[1], 1], expected: 1, visible: true },
        { name: 'nan', args, expected, visible: false },
      ],
    })
  const testErrors = (text: string) => testsHints(text).filter((h) => h.tone === 'error')

  it('accepts the tags and points at a misspelt one, in the expected value or the arguments', () => {
    expect(testErrors(tests({ $number: 'NaN' }, [[{ $number: '-Infinity' }], 1]))).toEqual([])
    expect(testErrors(tests([0.5, { $number: 'nan' }])).map((h) => h.text)).toEqual([
      '"nan": expected.1 has a "$number" key but is not {"$number":"NaN"}, {"$number":"Infinity"} or {"$number":"-Infinity"}.',
    ])
    expect(testErrors(tests(1, [[{ $number: 'Infinity', sign: 1 }], 1]))[0]?.text).toMatch(
      /^"nan": args\.0\.0 has a "\$number" key/,
    )
  })
})
