// `pairwise problems mutate`: runs a problem's wrong solutions against its tests, as candidate code
// runs, and reports what they kill; a fixture problem with a killed and a surviving mutant each.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MutationReport } from '../src/problems/mutate.ts'
import { hasSandbox, warnIfNoSandbox } from './helpers/sandbox.ts'

const run = promisify(execFile)
const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../../..')
const FIXTURE = path.join(here, 'fixtures/mutate')
warnIfNoSandbox('problems mutate uses the local runner')

type Report = MutationReport & { errors: { slug: string; reason: string }[] }

describe('pairwise problems mutate', () => {
  let dir: string
  let env: NodeJS.ProcessEnv
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pairwise-mutate-'))
    env = {
      ...process.env,
      DATABASE_URL: `file:${path.join(dir, 'cli.db')}`,
      PAIRWISE_RUNNER: hasSandbox ? 'sandbox' : 'local',
      PAIRWISE_LOG_LEVEL: 'silent',
    }
  })
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  const mutate = async (library: string) => {
    const args = [
      path.join(root, 'apps/server/src/cli.ts'),
      'problems',
      'mutate',
      library,
      '--json',
    ]
    try {
      const { stdout } = await run(path.join(root, 'node_modules/.bin/tsx'), args, {
        cwd: root,
        env,
      })
      return { code: 0, report: JSON.parse(stdout) as Report }
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string }
      if (!e.stdout) throw new Error(e.stderr, { cause: err })
      return { code: e.code, report: JSON.parse(e.stdout) as Report }
    }
  }

  it('kills a mutant on a hidden case and lists an explained survivor with its reason', async () => {
    const { code, report } = await mutate(FIXTURE)
    expect(code).toBe(0)
    const survivor = (name: string, bug: string, why: string) => ({ name, bug, why })
    expect(report.problems).toEqual([
      {
        slug: 'add-one',
        language: 'python',
        mutants: 2,
        // absolute-value passes the visible case and fails only the hidden one.
        killed: 1,
        killRate: 0.5,
        survivors: [
          survivor(
            'adds-true',
            'adds True instead of 1',
            'True is the integer 1 in Python, so x + True is x + 1',
          ),
        ],
      },
      {
        slug: 'add-one',
        language: 'typescript',
        mutants: 2,
        killed: 1,
        killRate: 0.5,
        survivors: [survivor('minus-minus-one', 'subtracts minus one', 'x - -1 is x + 1')],
      },
    ])
    expect(report).toMatchObject({
      mutants: 4,
      killed: 2,
      killRate: 0.5,
      unexplained: 0,
      mislabelled: [],
      broken: [],
      errors: [],
    })
    expect(report.survivors.map((s) => `${s.slug} [${s.language}] ${s.name}`)).toEqual([
      'add-one [python] adds-true',
      'add-one [typescript] minus-minus-one',
    ])
  }, 60_000)

  it('fails on an unexplained survivor, a wrong equivalence claim and a mutant that never runs', async () => {
    const library = path.join(dir, 'library')
    fs.cpSync(FIXTURE, library, { recursive: true })
    const mutants = path.join(library, 'add-one/mutants')
    const write = (name: string, text: string) => fs.writeFileSync(path.join(mutants, name), text)
    // A float 2.0 equals the expected 2, so no case can tell; nobody explained it.
    write('float-one.py', '# Mutant: adds 1.0\ndef add_one(x):\n    return x + 1.0\n')
    write(
      'off-by-two.ts',
      '// Mutant: adds two\n// Equivalent: it does not matter\nexport function addOne(x: number): number {\n  return x + 2\n}\n',
    )
    write('syntax.py', '# Mutant: does not parse\ndef add_one(x):\n    return x +\n')
    write('no-header.py', 'def add_one(x):\n    return x\n')

    const { code, report } = await mutate(library)
    expect(code).toBe(1)
    expect(report.unexplained).toBe(1)
    expect(report.survivors).toContainEqual({
      slug: 'add-one',
      language: 'python',
      name: 'float-one',
      bug: 'adds 1.0',
      why: null,
    })
    expect(report.mislabelled).toEqual([
      { slug: 'add-one', language: 'typescript', name: 'off-by-two' },
    ])
    expect(report.broken.map((b) => [b.language, b.name])).toEqual([
      ['python', 'no-header.py'],
      ['python', 'syntax'],
    ])
    expect(report.broken[1]?.reason).toContain('SyntaxError')
    // Broken mutants are left out of the rate: 3 killed of 6 that ran (2 python survivors, 1 ts).
    expect(report).toMatchObject({ mutants: 6, killed: 3, killRate: 0.5 })
  }, 60_000)
})
