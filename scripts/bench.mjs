// `pnpm bench`: runs every apps/server/bench/*.bench.ts in turn; each prints one JSON object per line.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const only = process.argv.slice(2)
const dirs = ['apps/server/bench', 'apps/web/bench']
let failed = 0
for (const dir of dirs) {
  const abs = path.join(root, dir)
  if (!fs.existsSync(abs)) continue
  for (const file of fs
    .readdirSync(abs)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort()) {
    if (only.length && !only.some((o) => file.includes(o))) continue
    const run = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(abs, file)], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    if (run.status !== 0) {
      failed++
      console.error(`bench ${file} failed with exit code ${run.status}`)
    }
  }
}
process.exit(failed ? 1 : 0)
