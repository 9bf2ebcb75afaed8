// `pairwise sets export|import`: move a problem set between servers as folders or a .zip.
import fs from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { findUserByEmail, toPublicUser } from '../auth/repository.ts'
import { openMigratedDatabase } from '../boot.ts'
import { loadConfig } from '../config.ts'
import {
  collectSet,
  importSet,
  readSetDir,
  readSetZipInPool,
  setToZipInPool,
  writeSetDir,
} from '../problem-sets/export.ts'
import { SET_ZIP_LIMITS } from '../problem-sets/read-zip.ts'
import { listProblemSets } from '../problem-sets/repository.ts'
import { createRunner } from '../runner/index.ts'
import { CliError, printJson } from './output.ts'

const USAGE =
  'usage: pairwise sets export SET_ID --to DIR|FILE.zip | import DIR|FILE.zip --owner EMAIL'

/** The zip's own size is checked before it is read; what it inflates to, while inflating. */
async function readZipFile(file: string): Promise<Uint8Array> {
  const { size } = await fs.stat(file)
  if (size > SET_ZIP_LIMITS.zipBytes) {
    throw new CliError(
      `${file} is ${size} bytes; a set zip may be at most ${SET_ZIP_LIMITS.zipBytes} bytes`,
    )
  }
  return new Uint8Array(await fs.readFile(file))
}

export async function setsCommand(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv
  const { values, positionals } = parseArgs({
    args: rest,
    options: { to: { type: 'string' }, owner: { type: 'string' } },
    allowPositionals: true,
  })
  const target = positionals[0]
  if (!target || (verb !== 'export' && verb !== 'import')) throw new CliError(USAGE)
  const config = loadConfig()
  const db = await openMigratedDatabase(config)
  try {
    if (verb === 'export') {
      if (!values.to) throw new CliError(USAGE)
      const admin = { id: '', email: '', name: 'cli', role: 'admin' as const }
      const [set] = await listProblemSets(db, admin, target)
      if (!set) throw new CliError(`no problem set ${target}`)
      const exported = await collectSet(db, set, admin)
      const to = path.resolve(values.to)
      if (to.endsWith('.zip')) await fs.writeFile(to, await setToZipInPool(exported))
      else await writeSetDir(exported, to)
      printJson({ exported: Object.keys(exported.problems).length, to })
      return 0
    }
    if (!values.owner) throw new CliError(USAGE)
    const owner = await findUserByEmail(db, values.owner.toLowerCase())
    if (!owner) throw new CliError(`no user with email ${values.owner}`)
    const source = path.resolve(target)
    const exported = source.endsWith('.zip')
      ? await readSetZipInPool(await readZipFile(source))
      : await readSetDir(source)
    const result = await importSet(
      db,
      await createRunner(config.runner),
      toPublicUser(owner),
      exported,
    )
    printJson(result)
    return result.failures.length ? 1 : 0
  } finally {
    await db.destroy()
  }
}
