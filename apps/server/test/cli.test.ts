// The `pairwise` CLI as a user runs it: users, validate, and importing print-test problems.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasSandbox, warnIfNoSandbox } from './helpers/sandbox.ts'

const run = promisify(execFile)
const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../../..')
const OPEN_PRINT = path.join(here, 'fixtures/open-print')
warnIfNoSandbox('CLI validation uses the local runner')

describe('pairwise CLI', () => {
  let dir: string
  let env: NodeJS.ProcessEnv
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pairwise-cli-'))
    env = {
      ...process.env,
      DATABASE_URL: `file:${path.join(dir, 'cli.db')}`,
      PAIRWISE_RUNNER: hasSandbox ? 'sandbox' : 'local',
      PAIRWISE_LOG_LEVEL: 'silent',
    }
  })
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  const cli = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run(
        path.join(root, 'node_modules/.bin/tsx'),
        [path.join(root, 'apps/server/src/cli.ts'), ...args],
        {
          cwd: root,
          env,
          maxBuffer: 10 * 1024 * 1024,
        },
      )
      return { code: 0, stdout, stderr }
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string }
      return { code: e.code, stdout: e.stdout, stderr: e.stderr }
    }
  }

  it('creates users with a role, and refuses a duplicate or a bad role', async () => {
    const ok = await cli(
      'users',
      'create',
      '--email',
      'Ines@Example.com',
      '--password',
      'long enough pw',
      '--role',
      'instructor',
    )
    expect(ok.code).toBe(0)
    expect(JSON.parse(ok.stdout)).toMatchObject({
      user: { email: 'ines@example.com', role: 'instructor' },
    })
    const dup = await cli(
      'users',
      'create',
      '--email',
      'ines@example.com',
      '--password',
      'long enough pw',
      '--role',
      'mentor',
    )
    expect(dup.code).toBe(2)
    expect(dup.stderr).toMatch(/exists/)
    const bad = await cli(
      'users',
      'create',
      '--email',
      'x@example.com',
      '--password',
      'long enough pw',
      '--role',
      'boss',
    )
    expect(bad.code).toBe(2)
  })

  it("changes an existing user's role, and keeps the last admin", async () => {
    const made = await cli(
      'users',
      'create',
      '--email',
      'mo@example.com',
      '--password',
      'long enough pw',
      '--role',
      'candidate',
    )
    expect(made.code).toBe(0)
    const ok = await cli('users', 'set-role', '--email', 'MO@example.com', '--role', 'mentor')
    expect(ok.code).toBe(0)
    expect(JSON.parse(ok.stdout)).toMatchObject({
      user: { email: 'mo@example.com', role: 'mentor' },
    })
    const missing = await cli('users', 'set-role', '--email', 'no@example.com', '--role', 'mentor')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/no user/)
    const admin = await cli(
      'users',
      'create',
      '--email',
      'root@example.com',
      '--password',
      'long enough pw',
      '--role',
      'admin',
    )
    expect(admin.code).toBe(0)
    const last = await cli('users', 'set-role', '--email', 'root@example.com', '--role', 'mentor')
    expect(last.code).toBe(2)
    expect(last.stderr).toMatch(/last admin/)
    const quota = await cli('users', 'set-quota', '--email', 'mo@example.com', '--mb', '2048')
    expect(quota.code).toBe(0)
    expect(JSON.parse(quota.stdout)).toMatchObject({
      user: { email: 'mo@example.com' },
      storage: { usedBytes: 0, quotaBytes: 2048 * 1024 * 1024 },
    })
    for (const bad of ['0', '-5', '1.5', 'lots']) {
      const refused = await cli('users', 'set-quota', '--email', 'mo@example.com', '--mb', bad)
      expect(refused.code, bad).toBe(2)
      expect(refused.stderr).toMatch(/--mb/)
    }
  }, 180_000)

  it('validates the whole library through the runner and prints the contract JSON', async () => {
    const res = await cli('problems', 'validate', '--json')
    expect(res.stderr).toBe('')
    const report = JSON.parse(res.stdout) as {
      problems: number
      passed: number
      tests: number
      testsPassed: number
      failures: unknown[]
    }
    expect(Object.keys(report).sort()).toEqual([
      'failures',
      'passed',
      'problems',
      'tests',
      'testsPassed',
    ])
    expect(report.failures).toEqual([])
    expect(report.problems).toBeGreaterThanOrEqual(16)
    expect(report.passed).toBe(report.problems)
    expect(report.testsPassed).toBe(report.tests)
    expect(res.code).toBe(0)
    // Every reference solution of 56 problems in up to four languages, growth measured too:
    // about 3 minutes here when the machine is quiet.
  }, 900_000)

  it('imports print-test problems, skips broken ones with reasons, and the imports validate', async () => {
    const dest = path.join(dir, 'imported')
    const res = await cli('problems', 'import', '--from', 'open-print', OPEN_PRINT, '--to', dest)
    expect(res.code).toBe(0)
    const report = JSON.parse(res.stdout) as {
      imported: number
      skipped: { source: string; reason: string }[]
    }
    expect(report.imported).toBe(3)
    expect(report.skipped).toEqual([
      { source: 'p3-broken', reason: 'solution.py is missing' },
      { source: 'p4-bad-json', reason: 'tests.json is not valid JSON' },
    ])
    expect(fs.readdirSync(dest).sort()).toEqual([
      'prefix-sums',
      'stable-softmax',
      'trailing-moving-average',
    ])
    const problemMd = fs.readFileSync(path.join(dest, 'stable-softmax/problem.md'), 'utf8')
    expect(problemMd).toMatch(/areas:\n\s+- ml-fundamentals/)
    expect(problemMd).toMatch(/difficulty: medium/)
    expect(fs.readFileSync(path.join(dest, 'trailing-moving-average/problem.md'), 'utf8')).toMatch(
      /- streaming/,
    )

    const validated = await cli('problems', 'validate', dest, '--json')
    const v = JSON.parse(validated.stdout) as {
      problems: number
      passed: number
      tests: number
      testsPassed: number
      failures: unknown[]
    }
    // The class with a single test: shown, and graded again hidden; its expected output is spaced
    // by hand ("[1,3, 6]"), and matches what the solution prints token by token.
    expect(v).toMatchObject({ problems: 3, passed: 3, tests: 9, testsPassed: 9, failures: [] })

    // A second import never half-writes over what is there.
    const again = await cli('problems', 'import', '--from', 'open-print', OPEN_PRINT, '--to', dest)
    const second = JSON.parse(again.stdout) as { imported: number; skipped: { reason: string }[] }
    expect(second.imported).toBe(0)
    expect(second.skipped.filter((s) => /already exists/.test(s.reason))).toHaveLength(3)
    expect(fs.readdirSync(dest).filter((n) => n.startsWith('.'))).toEqual([])
  }, 120_000)

  it('reports a failing reference solution with its reason and exits non-zero', async () => {
    const broken = path.join(dir, 'broken-lib')
    fs.cpSync(
      path.join(root, 'packages/problems/problems/ndcg-at-k'),
      path.join(broken, 'ndcg-at-k'),
      { recursive: true },
    )
    fs.writeFileSync(
      path.join(broken, 'ndcg-at-k/solution.ts'),
      'export function ndcgAtK(r: number[], k: number): number {\n  return 0.5\n}\n',
    )
    const res = await cli('problems', 'validate', broken, '--json')
    expect(res.code).toBe(1)
    const v = JSON.parse(res.stdout) as {
      passed: number
      failures: { slug: string; language: string; case: string; reason: string }[]
    }
    expect(v.passed).toBe(0)
    expect(v.failures.every((f) => f.language === 'typescript' && f.slug === 'ndcg-at-k')).toBe(
      true,
    )
    expect(v.failures[0]?.reason).toMatch(/expected .*got 0\.5/)
    // Given the problem's own folder, only that problem is checked; its broken sibling is not.
    fs.cpSync(
      path.join(root, 'packages/problems/problems/reservoir-sampling'),
      path.join(broken, 'reservoir-sampling'),
      { recursive: true },
    )
    const one = await cli('problems', 'validate', path.join(broken, 'reservoir-sampling'), '--json')
    expect(one.code).toBe(0)
    const single = JSON.parse(one.stdout) as { problems: number; passed: number; failures: [] }
    expect(single).toMatchObject({ problems: 1, passed: 1, failures: [] })
  }, 120_000)
})
