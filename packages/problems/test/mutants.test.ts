// The mutation suite beside each problem: how a mutant file is read, that the library keeps enough
// of them, and that the loader never lets one into a problem's definition.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { MUTANTS_DIR, parseMutant, readMutants } from '../src/index.ts'

describe('a mutant file', () => {
  it('says its bug on the first line and, when the tests cannot catch it, why on the second', () => {
    const plain = parseMutant('off-by-one.py', '# Mutant: slices k + 1 items\ndef f(): pass\n')
    expect(plain).toEqual({
      name: 'off-by-one',
      language: 'python',
      code: '# Mutant: slices k + 1 items\ndef f(): pass\n',
      bug: 'slices k + 1 items',
    })
    const equivalent = parseMutant(
      'ln.ts',
      '// Mutant: natural log\n// Equivalent: the base cancels in the ratio\nexport function f() {}\n',
    )
    expect(equivalent).toMatchObject({
      name: 'ln',
      language: 'typescript',
      bug: 'natural log',
      equivalent: 'the base cancels in the ratio',
    })
  })

  it('is refused without its header, with the comment style of its language, or in another language', () => {
    expect(() => parseMutant('a.py', 'def f(): pass\n')).toThrow(
      'a.py: the first line must say the bug: "# Mutant: …"',
    )
    expect(() => parseMutant('a.ts', '# Mutant: wrong comment\n')).toThrow('"// Mutant: …"')
    expect(() => parseMutant('a.ts', '// Mutant:\n')).toThrow('must say the bug')
    expect(() => parseMutant('a.java', '// Mutant: x\n')).toThrow('a mutant is a .py or .ts file')
  })
})

describe('readMutants', () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('reads every mutant in name order, skips notes, and reports a bad file without losing the rest', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pairwise-mutants-'))
    dirs.push(dir)
    fs.mkdirSync(path.join(dir, MUTANTS_DIR))
    const write = (name: string, text: string) =>
      fs.writeFileSync(path.join(dir, MUTANTS_DIR, name), text)
    write('b.py', '# Mutant: b\n')
    write('a.ts', '// Mutant: a\n')
    write('README.md', 'Notes on the mutants.\n')
    write('c.py', 'print("no header")\n')
    const { mutants, errors } = await readMutants(dir)
    expect(mutants.map((m) => `${m.name}.${m.language}`)).toEqual(['a.typescript', 'b.python'])
    expect(errors.map((e) => [e.file, e.language])).toEqual([['c.py', 'python']])
  })

  it('finds none in a problem without a mutants folder', async () => {
    expect(await readMutants(path.join(os.tmpdir(), 'no-such-problem'))).toEqual({
      mutants: [],
      errors: [],
    })
  })
})
