// Sentence splitting looks at each run of whitespace once: a long run used to be rescanned from
// every position in it (20,000 spaces and a line break took seconds of the scorer's time).
import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../src/scoring/text.ts'

describe('splitSentences', () => {
  it('splits at end marks, blank lines and list items, not at abbreviations or wrapped lines', () => {
    const text = 'First, e.g. this one.  Second part\nwrapped here.\n\nThird\n- fourth\n  2) fifth'
    expect(splitSentences(text)).toEqual([
      { text: 'First, e.g. this one.', start: 0 },
      { text: 'Second part\nwrapped here.', start: 23 },
      { text: 'Third', start: 50 },
      { text: 'fourth', start: 58 },
      { text: 'fifth', start: 70 },
    ])
  })

  it('takes linear time on long runs of whitespace (a generous bound)', () => {
    const hostile = [
      ' '.repeat(20_000) + '\n' + ' '.repeat(20_000) + 'x',
      'a.' + '\t'.repeat(40_000),
      ('\n' + ' '.repeat(1_000)).repeat(40) + '- y',
    ]
    for (const text of hostile) {
      const started = performance.now()
      const sentences = splitSentences(text)
      expect(performance.now() - started).toBeLessThan(2_000)
      expect(sentences.length).toBeGreaterThan(0)
    }
  })
})
