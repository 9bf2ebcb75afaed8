// Accounts as the API shows them, and the payloads that create and authenticate them.
import { z } from 'zod'

export const ROLES = ['candidate', 'mentor', 'instructor', 'admin'] as const
export const Role = z.enum(ROLES)
export type Role = z.infer<typeof Role>

export interface PublicUser {
  id: string
  email: string
  name: string
  role: Role
}

const Email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email('enter a valid email address'))
  .transform((e) => e.toLowerCase())

export const SignupBody = z.strictObject({
  email: Email,
  password: z
    .string()
    .min(10, 'the password needs at least 10 characters')
    .max(256, 'the password is too long'),
  name: z.string().trim().min(1, 'enter your name').max(100),
})

export const LoginBody = z.strictObject({
  email: Email,
  password: z.string().min(1).max(256),
})
