// Login-session tokens: random, sent once in a cookie, stored only as a SHA-256 hash.
import { createHash, randomBytes } from 'node:crypto'

export const SESSION_COOKIE = 'pw_session'
export const SESSION_DAYS = 14

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url')
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}
