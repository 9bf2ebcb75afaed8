// The mutation suite beside each problem: how a mutant file is read, that the library keeps enough
// of them, and that the loader never lets one into a problem's definition.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  LIBRARY_DIR,
  loadLibrary,
  loadProblem,
  MUTANTS_DIR,
  parseMutant,
  problemToFiles,
  readMutants,
} from '../src/index.ts'

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
    expect(() => parseMutant('a.java', '# Mutant: x\n')).toThrow('"// Mutant: …"')
    expect(() => parseMutant('a.rb', '# Mutant: x\n')).toThrow(
      'a mutant is a .py, .ts, .java or .cpp file',
    )
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

describe("the library's mutation suite", () => {
  it('keeps at least 5 mutants per problem and language, each with its bug in its header', async () => {
    const { problems } = await loadLibrary()
    for (const p of problems) {
      const { mutants, errors } = await readMutants(path.join(LIBRARY_DIR, p.slug))
      expect(errors.map((e) => e.message)).toEqual([])
      for (const language of p.languages) {
        const mine = mutants.filter((m) => m.language === language)
        expect(mine.length, `${p.slug} [${language}]`).toBeGreaterThanOrEqual(5)
        // A mutant is a wrong solution, so it is never the reference itself.
        for (const m of mine)
          expect(m.code, `${p.slug}/${m.name}`).not.toContain(p.solutions[language])
      }
    }
  })

  it('never reaches a problem definition: the loader reads the same problem with or without them', async () => {
    const { problems } = await loadLibrary()
    for (const p of problems) {
      const { mutants } = await readMutants(path.join(LIBRARY_DIR, p.slug))
      const definition = JSON.stringify(p)
      for (const m of mutants) {
        // Each mutant's header is unique to it; none appears anywhere in what the loader built.
        expect(definition).not.toContain(m.bug)
      }
      // The files an export writes are the loader's files, and mutants are not among them.
      expect(Object.keys(problemToFiles(p)).some((f) => f.includes(MUTANTS_DIR))).toBe(false)
    }

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pairwise-no-mutants-'))
    try {
      const copy = path.join(dir, 'ndcg-at-k')
      fs.cpSync(path.join(LIBRARY_DIR, 'ndcg-at-k'), copy, { recursive: true })
      const withMutants = await loadProblem(copy)
      fs.rmSync(path.join(copy, MUTANTS_DIR), { recursive: true })
      const without = await loadProblem(copy)
      // Same content hash: adding or editing a mutant never makes a new problem version.
      expect(withMutants).toEqual(without)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
