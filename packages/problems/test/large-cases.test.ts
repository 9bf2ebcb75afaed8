// `large` on a hidden test case: read from tests.json, and refused on a visible case.
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { LIBRARY_DIR, parseProblem, readProblemFiles } from '../src/index.ts'

const NDCG = path.join(LIBRARY_DIR, 'ndcg-at-k')

async function withCases(mark: (cases: Record<string, unknown>[]) => void) {
  const files = await readProblemFiles(NDCG)
  const suite = JSON.parse(files['tests.json'] ?? '{}') as { cases: Record<string, unknown>[] }
  mark(suite.cases)
  return { ...files, 'tests.json': JSON.stringify(suite) }
}

describe('large test cases', () => {
  it('reads large on a hidden case, and leaves it out elsewhere', async () => {
    const files = await withCases((cases) => {
      const hidden = cases.find((c) => c.visible === false)
      if (hidden) hidden.large = true
    })
    const p = parseProblem('ndcg-at-k', files)
    const marked = p.cases.filter((c) => 'large' in c && c.large)
    expect(marked).toHaveLength(1)
    expect(marked[0]?.visible).toBe(false)
  })

  it('refuses a large case that is visible, naming it', async () => {
    const files = await withCases((cases) => {
      const visible = cases.find((c) => c.visible === true)
      if (visible) visible.large = true
    })
    expect(() => parseProblem('ndcg-at-k', files)).toThrow(
      /case ".+" is large, so it must be hidden/,
    )
  })

  it('refuses a large that is not a boolean', async () => {
    const files = await withCases((cases) => {
      const hidden = cases.find((c) => c.visible === false)
      if (hidden) hidden.large = 'yes'
    })
    expect(() => parseProblem('ndcg-at-k', files)).toThrow(/tests\.json/)
  })
})
