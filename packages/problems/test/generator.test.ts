// Input generators in problem folders: read with their sizes and seed, and checked like other files.
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { LIBRARY_DIR, loadLibrary, parseProblem, readProblemFiles } from '../src/index.ts'

const NDCG = path.join(LIBRARY_DIR, 'ndcg-at-k')

describe('problem generators', () => {
  it('gives at least 6 library problems a generator with rising sizes', async () => {
    const { problems } = await loadLibrary()
    const generated = problems.filter((p) => p.generator !== undefined)
    expect(generated.length).toBeGreaterThanOrEqual(6)
    for (const p of generated) {
      expect(p.generator!.code, p.slug).toMatch(/^def generate\(n: int, seed: int\)/m)
      expect(p.generator!.sizes.length, p.slug).toBeGreaterThanOrEqual(3)
      expect(p.generator!.expectedComplexity, p.slug).toMatch(/^O\(/)
    }
  })

  it('reads generator.py and generator.json into the definition', async () => {
    const p = parseProblem('ndcg-at-k', await readProblemFiles(NDCG))
    expect(p.generator).toMatchObject({ seed: 1, expectedComplexity: 'O(n log n)' })
    expect(p.generator!.sizes[0]).toBe(800)
  })

  it('leaves the generator out of a problem without one', async () => {
    const files = await readProblemFiles(NDCG)
    delete files['generator.py']
    delete files['generator.json']
    expect(parseProblem('ndcg-at-k', files).generator).toBeUndefined()
  })

  it.each([
    [
      'a missing generator.json',
      { 'generator.json': undefined },
      /generator\.py has no generator\.json/,
    ],
    [
      'a missing generator.py',
      { 'generator.py': undefined },
      /generator\.json has no generator\.py/,
    ],
    [
      'falling sizes',
      { 'generator.json': '{"sizes":[10,5,20],"seed":1,"expected":"O(n)"}' },
      /sizes must rise/,
    ],
    [
      'too few sizes',
      { 'generator.json': '{"sizes":[10,20],"seed":1,"expected":"O(n)"}' },
      /generator\.json: sizes/,
    ],
    [
      'no generate function',
      { 'generator.py': 'def make(n, seed):\n    return []\n' },
      /defines no generate/,
    ],
  ])('reports %s', async (_name, change, reason) => {
    const files = await readProblemFiles(NDCG)
    for (const [name, text] of Object.entries(change)) {
      if (text === undefined) delete files[name]
      else files[name] = text
    }
    expect(() => parseProblem('ndcg-at-k', files)).toThrow(reason)
  })
})
