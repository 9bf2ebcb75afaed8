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

const NewPassword = z
  .string()
  .min(10, 'the password needs at least 10 characters')
  .max(256, 'the password is too long')

export const ProfileBody = z.strictObject({
  name: z.string().trim().min(1, 'enter your name').max(100),
})

export const ChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1, 'enter your current password').max(256),
  newPassword: NewPassword,
})

export const ResetPasswordBody = z.strictObject({
  token: z.string().min(10).max(200),
  password: NewPassword,
})

export const SetRoleBody = z.strictObject({ role: Role })
export const SetActiveBody = z.strictObject({ active: z.boolean() })
export const UserSearchQuery = z.strictObject({ q: z.string().max(200).optional() })

/** An account as the admin users page shows it. */
export interface AccountView extends PublicUser {
  createdAt: string
  deactivatedAt: string | null
}
