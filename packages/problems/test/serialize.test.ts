// problemToFiles is the inverse of parseProblem: every library problem survives the round trip.
import { describe, expect, it } from 'vitest'
import { loadLibrary, parseProblem, problemToFiles } from '../src/index.ts'

describe('problemToFiles', () => {
  it('round-trips every library problem through its files', async () => {
    const { problems } = await loadLibrary()
    expect(problems.length).toBeGreaterThan(0)
    for (const p of problems) {
      const again = parseProblem(p.slug, problemToFiles(p))
      // JSON has no -0, so compare as JSON sees the values.
      const asJson = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown
      expect(asJson({ ...again, contentHash: '' }), p.slug).toEqual(
        asJson({ ...p, contentHash: '' }),
      )
    }
    // Deep-comparing every large case (k-core's has 320,000 members) takes 20–50 s on a busy
    // 2-core machine; this test checks the round trip, and speed lives in `pnpm bench`.
  }, 300_000)
})
