// `--json` output survives a pipe whole: the CLI used to exit before stdout drained, which cut
// `problems validate --json | wc -c` at 131,072 bytes.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../../..')

describe('pairwise --json through a pipe', () => {
  let dir: string
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pairwise-pipe-'))
    // 3,000 broken problem folders with long names: each is a failure in the report, ~1.3 MB in all.
    const library = path.join(dir, 'library')
    for (let i = 0; i < 3_000; i++) {
      const slug = `broken-problem-${String(i).padStart(4, '0')}-${'x'.repeat(230)}`
      fs.mkdirSync(path.join(library, slug), { recursive: true })
      fs.writeFileSync(path.join(library, slug, 'problem.md'), '# Not a whole problem\n')
    }
  })
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('problems validate --json writes all of a report over 1 MB into a shell pipe', async () => {
    const out = path.join(dir, 'report.json')
    const cli = [
      path.join(root, 'node_modules/.bin/tsx'),
      path.join(root, 'apps/server/src/cli.ts'),
      'problems',
      'validate',
      path.join(dir, 'library'),
      '--json',
    ]
      .map((arg) => `'${arg}'`)
      .join(' ')
    // A real pipe to a reader that is slower to start than the writer, then the exit status of
    // the CLI itself (not of cat).
    const { stdout } = await run(
      'bash',
      ['-c', `set -o pipefail; ${cli} | (sleep 1; cat > '${out}'); echo "exit=$?"`],
      {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: `file:${path.join(dir, 'cli.db')}`,
          PAIRWISE_RUNNER: 'local',
          PAIRWISE_LOG_LEVEL: 'silent',
        },
        maxBuffer: 1024 * 1024,
      },
    )
    // Every problem failed to load, so the command reports failure: exit code 1, set not forced.
    expect(stdout.trim()).toBe('exit=1')
    const text = fs.readFileSync(out, 'utf8')
    expect(Buffer.byteLength(text)).toBeGreaterThan(1024 * 1024)
    const report = JSON.parse(text) as { problems: number; failures: { slug: string }[] }
    expect(report.problems).toBe(3_000)
    expect(report.failures).toHaveLength(3_000)
    expect(report.failures.at(-1)?.slug).toMatch(/^broken-problem-2999-/)
  }, 120_000)
})
