// `requires` in problem.md's front matter: the Python libraries a problem needs, validated.
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { LIBRARY_DIR, parseProblem, problemToFiles, readProblemFiles } from '../src/index.ts'

const NDCG = path.join(LIBRARY_DIR, 'ndcg-at-k')

/** The ndcg-at-k folder with extra front-matter lines (and, optionally, other languages). */
async function withFrontMatter(lines: string, languages?: string) {
  const files = await readProblemFiles(NDCG)
  let md = (files['problem.md'] ?? '').replace('assistant: coach\n', `assistant: coach\n${lines}`)
  if (languages !== undefined) {
    md = md.replace('languages: [python, typescript, java, cpp]', languages)
  }
  return { ...files, 'problem.md': md }
}

describe('requires in the front matter', () => {
  it('is an empty list when the front matter leaves it out', async () => {
    const p = parseProblem('ndcg-at-k', await readProblemFiles(NDCG))
    expect(p.requires).toEqual([])
  })

  it('reads the packages a problem names, in its order, in flow or block style', async () => {
    const flow = parseProblem('ndcg-at-k', await withFrontMatter('requires: [torch, numpy]\n'))
    expect(flow.requires).toEqual(['torch', 'numpy'])
    const block = parseProblem(
      'ndcg-at-k',
      await withFrontMatter('requires:\n  - pandas\n  - sklearn\n  - scipy\n'),
    )
    expect(block.requires).toEqual(['pandas', 'sklearn', 'scipy'])
  })

  it.each([
    ['a package outside the allowed five', 'requires: [tensorflow]\n', /requires\.0/],
    ['the pip name instead of the import name', 'requires: [scikit-learn]\n', /requires\.0/],
    ['a package named twice', 'requires: [torch, torch]\n', /requires: name each package once/],
    ['a single name, not a list', 'requires: torch\n', /problem\.md: requires/],
  ])('refuses %s, naming the field', async (_what, line, reason) => {
    const files = await withFrontMatter(line)
    expect(() => parseProblem('ndcg-at-k', files)).toThrow(reason)
  })

  it('refuses packages on a problem that offers no Python', async () => {
    const files = await withFrontMatter('requires: [numpy]\n', 'languages: [typescript]')
    expect(() => parseProblem('ndcg-at-k', files)).toThrow(
      /requires names Python packages, but the problem offers no Python/,
    )
  })

  it('survives the round trip through problemToFiles, and an empty list is not written', async () => {
    const p = parseProblem('ndcg-at-k', await withFrontMatter('requires: [sklearn, torch]\n'))
    const files = problemToFiles(p)
    expect(files['problem.md']).toMatch(/^requires:/m)
    expect(parseProblem('ndcg-at-k', files).requires).toEqual(['sklearn', 'torch'])
    const plain = problemToFiles(parseProblem('ndcg-at-k', await readProblemFiles(NDCG)))
    expect(plain['problem.md']).not.toMatch(/requires/)
  })

  it('changes the content hash, so a synced library gets a new version', async () => {
    const plain = parseProblem('ndcg-at-k', await readProblemFiles(NDCG))
    const needing = parseProblem('ndcg-at-k', await withFrontMatter('requires: [numpy]\n'))
    expect(needing.contentHash).not.toBe(plain.contentHash)
  })
})
