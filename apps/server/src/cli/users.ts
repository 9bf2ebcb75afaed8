// `pairwise users create`, `users set-role` and `users set-quota`: make an account with a chosen
// role, change the role of an existing one, or its storage quota, from the command line.
import { parseArgs } from 'node:util'
import { Role, SignupBody } from '@pairwise/shared'
import { hashPassword } from '../auth/password.ts'
import { changeRole } from '../auth/accounts.ts'
import {
  createUser,
  DuplicateEmailError,
  findUserByEmail,
  toPublicUser,
} from '../auth/repository.ts'
import { openMigratedDatabase } from '../boot.ts'
import { loadConfig } from '../config.ts'
import { setStorageQuota, storageUsage } from '../storage/usage.ts'
import { CliError, printJson } from './output.ts'

const USAGE =
  'usage: pairwise users create --email E --password P --role R [--name N]\n' +
  '       pairwise users set-role --email E --role R\n' +
  '       pairwise users set-quota --email E --mb MB'

/** Up to 1 TB: a typo of a few digits is caught, any real quota fits. */
const MAX_QUOTA_MB = 1024 * 1024

async function setQuotaCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { email: { type: 'string' }, mb: { type: 'string' } },
    strict: true,
  })
  if (!values.email) throw new CliError('--email is required')
  const mb = Number(values.mb)
  if (!Number.isInteger(mb) || mb < 1 || mb > MAX_QUOTA_MB)
    throw new CliError(`--mb must be a whole number of megabytes from 1 to ${MAX_QUOTA_MB}`)
  const db = await openMigratedDatabase(loadConfig())
  try {
    const row = await findUserByEmail(db, values.email.trim().toLowerCase())
    if (!row) throw new CliError(`no user with email ${values.email}`)
    await setStorageQuota(db, row.id, mb * 1024 * 1024)
    printJson({ user: toPublicUser(row), storage: await storageUsage(db, row.id) })
    return 0
  } finally {
    await db.destroy()
  }
}

async function setRoleCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { email: { type: 'string' }, role: { type: 'string' } },
    strict: true,
  })
  if (!values.email) throw new CliError('--email is required')
  const role = Role.safeParse(values.role)
  if (!role.success) throw new CliError(`--role must be one of ${Role.options.join(', ')}`)
  const db = await openMigratedDatabase(loadConfig())
  try {
    const row = await findUserByEmail(db, values.email.trim().toLowerCase())
    if (!row) throw new CliError(`no user with email ${values.email}`)
    const account = await changeRole(db, null, row.id, role.data)
    printJson({ user: toPublicUser(account) })
    return 0
  } catch (err) {
    if (err instanceof Error && 'code' in err && err.code === 'last_admin') {
      throw new CliError(err.message)
    }
    throw err
  } finally {
    await db.destroy()
  }
}

export async function usersCommand(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv
  if (verb === 'set-role') return setRoleCommand(rest)
  if (verb === 'set-quota') return setQuotaCommand(rest)
  if (verb !== 'create') throw new CliError(USAGE)
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string', default: 'candidate' },
      name: { type: 'string' },
    },
    strict: true,
  })
  const role = Role.safeParse(values.role)
  if (!role.success) throw new CliError(`--role must be one of ${Role.options.join(', ')}`)
  const input = SignupBody.safeParse({
    email: values.email ?? '',
    password: values.password ?? '',
    name: values.name ?? (values.email ?? '').split('@')[0] ?? '',
  })
  if (!input.success) {
    throw new CliError(
      input.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '),
    )
  }
  const db = await openMigratedDatabase(loadConfig())
  try {
    const user = await createUser(db, {
      email: input.data.email,
      name: input.data.name,
      passwordHash: await hashPassword(input.data.password),
      role: role.data,
    })
    printJson({ user })
    return 0
  } catch (err) {
    if (err instanceof DuplicateEmailError)
      throw new CliError(`a user with email ${input.data.email} exists`)
    throw err
  } finally {
    await db.destroy()
  }
}
