// zod validation for bodies and queries that answers in the one error shape.
import { zValidator } from '@hono/zod-validator'
import type { ValidationTargets } from 'hono'
import type { z } from 'zod'
import { AppError, describeZodError } from './errors.ts'

export function validate<T extends z.ZodType, Target extends keyof ValidationTargets>(
  target: Target,
  schema: T,
) {
  return zValidator(target, schema, (result) => {
    if (!result.success) {
      throw new AppError(400, 'invalid_request', describeZodError(result.error))
    }
  })
}
