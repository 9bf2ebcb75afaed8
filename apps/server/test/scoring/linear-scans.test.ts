// The attacks on the scorer's text scans replayed: each input once took seconds to tens of seconds
// (exponential or quadratic backtracking). Each must give the right answer and finish; the bound
// is generous, since speed lives in benchmarks and the machine is shared.
import { describe, expect, it } from 'vitest'
import { findQualities } from '../../src/scoring/communication.ts'
import { parseComplexityClaim } from '../../src/scoring/complexity.ts'
import {
  codeIdentifiers,
  withoutStringsAndComments,
  type Sentence,
} from '../../src/scoring/text.ts'

const BOUND_MS = 10_000

function timed<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now()
  const value = work()
  return { value, ms: performance.now() - started }
}

describe('codeIdentifiers', () => {
  it('reads names outside strings and comments', () => {
    const code = [
      'def ndcg_at_k(relevances, k):  # the ideal_order comment',
      '    label = "it\'s a \\"quoted\\" hidden_name"',
      "    other = 'single quoted_name' + `tmpl_name` // js_comment",
      '    return best_gain',
    ].join('\n')
    const names = codeIdentifiers(code)
    expect(names).toEqual(
      expect.arrayContaining(['def', 'ndcg_at_k', 'relevances', 'label', 'other', 'best_gain']),
    )
    for (const hidden of ['ideal_order', 'hidden_name', 'quoted_name', 'tmpl_name', 'js_comment'])
      expect(names).not.toContain(hidden)
  })

  it('ends an unclosed string at the end of its line', () => {
    expect(withoutStringsAndComments('x = "open\ny = 2')).toBe('x =  \ny = 2')
    expect(codeIdentifiers('start = "never closed words\nafter_line = 1')).toEqual([
      'start',
      'after_line',
    ])
  })

  it.each([40, 64, 200_000])(
    'finishes on an unclosed string of %i backslashes (the ReDoS that took 21 s)',
    (count) => {
      const code = `x = "${'\\'.repeat(count)}\nsurvivor_name = 1\n`
      const { value, ms } = timed(() => codeIdentifiers(code))
      expect(value).toEqual(['survivor_name'])
      expect(ms).toBeLessThan(BOUND_MS)
    },
  )

  it('finishes on many unclosed quotes of each kind', () => {
    const code = `a = ${`"'\`\\`.repeat(50_000)}\nkept_name = 2`
    const { value, ms } = timed(() => codeIdentifiers(code))
    expect(value).toContain('kept_name')
    expect(ms).toBeLessThan(BOUND_MS)
  })

  it('reads Java and C++ names outside block comments, includes and char literals', () => {
    const java = [
      'import java.util.*;',
      '/* The ideal_order is',
      '   sorted_copy, descending. */',
      'class Solution {',
      '    public double ndcgAtK(int[] relevances, int k) {',
      "        char sep = ','; double idealGain = 0; /* inline_note */ int cutoff = k;",
      '        return idealGain;',
      '    }',
      '}',
    ].join('\n')
    const javaNames = codeIdentifiers(java)
    expect(javaNames).toEqual(
      expect.arrayContaining(['ndcgAtK', 'relevances', 'idealGain', 'cutoff', 'sep']),
    )
    for (const hidden of ['ideal_order', 'sorted_copy', 'inline_note'])
      expect(javaNames).not.toContain(hidden)

    const cpp = [
      '#include <unordered_map>',
      'double ndcg_at_k(const std::vector<int>& relevances, int k) {',
      '    std::vector<int> ideal_order(relevances); // a_copy',
      '    return dcg_of(ideal_order, k);',
      '}',
    ].join('\n')
    const cppNames = codeIdentifiers(cpp)
    expect(cppNames).toEqual(
      expect.arrayContaining(['ndcg_at_k', 'relevances', 'ideal_order', 'dcg_of']),
    )
    expect(cppNames).not.toContain('unordered_map')
    expect(cppNames).not.toContain('a_copy')
  })

  it('ends an unclosed block comment at the end of its line, and stays one pass over many', () => {
    expect(codeIdentifiers('x_val = a /* open\nafter_line = 1')).toEqual(['x_val', 'after_line'])
    const code = `${'/* no close\n'.repeat(100_000)}kept_name = 2`
    const { value, ms } = timed(() => codeIdentifiers(code))
    expect(value).toEqual(['kept_name'])
    expect(ms).toBeLessThan(BOUND_MS)
  })
})

describe('specificity of the explanation to the code', () => {
  const sentence = (text: string): Sentence => ({ text, start: 0, tokens: [], content: [] })

  it('finds the names of the code in the sentences, whole words only', () => {
    const [specific] = findQualities(
      [sentence('I call ndcg_at_k on the sorted gains, and dcg_helper sums them.')],
      () => true,
      ['ndcg_at_k', 'dcg_helper', 'gain', 'unused_name'],
      '',
    ).filter((f) => f.signal.id === 'specificity')
    expect(specific?.signal.present).toBe(true)
    expect(specific?.signal.detail).toBe('Refers to ndcg_at_k, dcg_helper from your code.')
  })

  it('does not count Java and C++ keywords or standard names as the candidate’s own', () => {
    const [specific] = findQualities(
      [
        sentence(
          'I keep a std vector, push_back each gain in a public static double, and sort an ArrayList.',
        ),
      ],
      () => true,
      ['std', 'vector', 'push_back', 'public', 'static', 'double', 'ArrayList', 'ndcgAtK'],
      '',
    ).filter((f) => f.signal.id === 'specificity')
    expect(specific?.signal.present).toBe(false)
  })

  it('finishes on thousands of identifiers against a long explanation (once 21 s)', () => {
    const identifiers = Array.from({ length: 3_000 }, (_, i) => `name_${i}_${'x'.repeat(20)}`)
    const words = identifiers.slice(0, 500).join(' ')
    const kept = Array.from({ length: 100 }, () => sentence(`I use ${words}.`))
    const { value, ms } = timed(() => findQualities(kept, () => true, identifiers, ''))
    const specific = value.find((f) => f.signal.id === 'specificity')
    expect(specific?.strength).toBe(1)
    expect(specific?.signal.evidence).toHaveLength(2)
    expect(ms).toBeLessThan(BOUND_MS)
  })
})

describe('parseComplexityClaim on hostile text', () => {
  it.each([
    ["'O(n). ' × 3300 (once 1.5 s)", 'O(n). '.repeat(3_300), { claimed: 'O(n)', exponent: 1 }],
    ["'O(n). ' × 30000", 'O(n). '.repeat(30_000), { claimed: 'O(n)', exponent: 1 }],
    [
      'nested unclosed O(',
      `${'O('.repeat(20_000)}n log n and it runs in O(n) time`,
      // Both are claims; the slower one wins, as for any explanation with two.
      { claimed: 'n log n', exponent: 1.1 },
    ],
    [
      'a long whitespace run inside n log n',
      `n${' '.repeat(50_000)}x, then quadratic time overall`,
      { claimed: 'quadratic', exponent: 2 },
    ],
    ['whitespace before a clause word', `It is O(n^2)${' '.repeat(50_000)}but`, null],
    ['one huge O(…)', `O(${'n + '.repeat(50_000)}n) and O(n log n) overall`, null],
  ])('%s', (_name, text, expected) => {
    const { value, ms } = timed(() => parseComplexityClaim(text))
    if (expected === null) expect(value === null || typeof value.claimed === 'string').toBe(true)
    else expect(value).toEqual(expected)
    expect(ms).toBeLessThan(BOUND_MS)
  })

  it('still reads ordinary claims as before', () => {
    expect(parseComplexityClaim('Sorting dominates, so it is O(n log n) overall.')).toEqual({
      claimed: 'O(n log n)',
      exponent: 1.1,
    })
    expect(parseComplexityClaim('It runs in n log n time.')?.exponent).toBe(1.1)
    expect(
      parseComplexityClaim('The naive way is O(n^2), but sorting gives O(n log n).')?.claimed,
    ).toBe('O(n log n)')
  })
})
