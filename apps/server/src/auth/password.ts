// Password hashing with argon2id at OWASP's recommended parameters (19 MiB, t=2, p=1).
import { hash, verify } from '@node-rs/argon2'

// Algorithm.Argon2id is 2 (a const enum, which verbatimModuleSyntax cannot import).
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 }

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS)
}

// Verifying against this when the email is unknown makes both failures take the same time.
let decoy: Promise<string> | undefined

export async function verifyPassword(
  stored: string | undefined,
  password: string,
): Promise<boolean> {
  decoy ??= hashPassword('decoy password that matches nothing')
  try {
    return await verify(stored ?? (await decoy), password)
  } catch {
    return false
  }
}
