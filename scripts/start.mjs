// `pnpm start`: build the web app if it is not built yet, then run the server in production mode.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const webIndex = path.join(root, 'apps/web/dist/index.html')

if (!fs.existsSync(webIndex)) {
  console.log('Building the web app (first start only)…')
  const build = spawnSync('pnpm', ['--filter', '@pairwise/web', 'build'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const server = spawn(
  path.join(root, 'node_modules/.bin/tsx'),
  [path.join(root, 'apps/server/src/main.ts')],
  { cwd: root, stdio: 'inherit', env: { NODE_ENV: 'production', ...process.env } },
)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
