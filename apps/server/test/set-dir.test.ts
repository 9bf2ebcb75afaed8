// Reading a problem set from a folder takes each problem's own files, and leaves subfolders (a
// library problem's mutants/) behind instead of failing on them.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readSetDir } from '../src/problem-sets/export.ts'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pairwise-set-dir-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('readSetDir', () => {
  it('reads the files of each problem and skips its subfolders', async () => {
    fs.writeFileSync(
      path.join(dir, 'set.json'),
      JSON.stringify({ title: 'T', assistant: null, weights: null, problems: ['p-one'] }),
    )
    const folder = path.join(dir, 'p-one')
    fs.mkdirSync(path.join(folder, 'mutants'), { recursive: true })
    fs.writeFileSync(path.join(folder, 'problem.md'), '# P\n')
    fs.writeFileSync(path.join(folder, 'mutants', 'off-by-one.py'), '# Mutant: k - 1\n')
    const set = await readSetDir(dir)
    expect(Object.keys(set.problems['p-one'] ?? {})).toEqual(['problem.md'])
  })
})
