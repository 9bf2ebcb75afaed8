// `scoring eval` on a small file of graded answers: the printed metrics and the predictions file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { scoringEval, scoringGraded } from '../../src/cli/scoring-eval.ts'
import { scoringFit } from '../../src/cli/scoring-fit.ts'

const dir = mkdtempSync(path.join(tmpdir(), 'pairwise-scoring-eval-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const question = 'What is the main advantage of a linked list over an array?'
const reference =
  'Linked lists grow dynamically and allow constant-time insertion and deletion without shifting elements.'
const rows = [
  {
    id: 'a',
    answer:
      'A linked list can grow as needed and inserting or deleting does not shift the other elements.',
    score: 5,
    max_score: 5,
  },
  {
    id: 'b',
    answer: 'Insertion and deletion are cheap because nodes are linked, and it has no fixed size.',
    score: 4.5,
    max_score: 5,
  },
  { id: 'c', answer: 'It is faster to access any element by index.', score: 1, max_score: 5 },
  { id: 'd', answer: 'I do not know.', score: 0, max_score: 10 },
].map((r) => ({ ...r, question, reference }))

describe('scoring eval', () => {
  it('prints the metrics as JSON and writes one prediction per row on its own scale', async () => {
    const file = path.join(dir, 'rows.jsonl')
    const out = path.join(dir, 'predictions.jsonl')
    writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n'))
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
    const code = await scoringEval([file, '--json', '--predictions', out])
    const printed = write.mock.calls.map((c) => String(c[0])).join('')
    write.mockRestore()
    expect(code).toBe(0)
    const metrics = JSON.parse(printed) as Record<string, number>
    expect(Object.keys(metrics).sort()).toEqual(['n', 'pearson', 'qwk', 'rmse', 'spearman'])
    expect(metrics.n).toBe(4)
    const predictions = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; predicted: number })
    expect(predictions.map((p) => p.id)).toEqual(['a', 'b', 'c', 'd'])
    const [a, , c, d] = predictions
    expect(a?.predicted).toBeGreaterThan(c?.predicted ?? 0)
    expect(d?.predicted).toBeGreaterThanOrEqual(0)
    expect(d?.predicted).toBeLessThanOrEqual(10)
    // The first scoring loads the word vectors: generous on a busy machine.
  }, 180_000)

  it('fails with usage when no file is given', async () => {
    await expect(scoringEval(['--json'])).rejects.toThrow(/usage/)
  })

  it('says where the external training rows are missing from, before any fitting', async () => {
    const missing = path.join(dir, 'no-such-rows.jsonl')
    await expect(scoringFit(['--data', missing])).rejects.toThrow(/no-such-rows\.jsonl is absent/)
  })

  it('refuses --data on `scoring graded` without --cv', async () => {
    await expect(scoringGraded(['--data', 'rows.jsonl'])).rejects.toThrow(/--data goes with --cv/)
  })
})
