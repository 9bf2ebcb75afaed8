// `pairwise users create`: make an account with a chosen role from the command line.
import { parseArgs } from 'node:util'
import { Role, SignupBody } from '@pairwise/shared'
import { hashPassword } from '../auth/password.ts'
import { createUser, DuplicateEmailError } from '../auth/repository.ts'
import { openMigratedDatabase } from '../boot.ts'
import { loadConfig } from '../config.ts'
import { CliError, printJson } from './output.ts'

export async function usersCommand(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv
  if (verb !== 'create')
    throw new CliError('usage: pairwise users create --email E --password P --role R [--name N]')
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
