// Strips TypeScript types on the server, keeping line numbers, so errors point at the TS source.
import { transform } from 'sucrase'

/** A hook the JS harness uses to look names up in the module's own scope (see js-harness.cjs). */
const SCOPE_HOOK = "\n;globalThis[Symbol.for('pairwise.scope')] = (source) => eval(source)\n"

export type Transpiled = { ok: true; code: string } | { ok: false; error: string; line?: number }

interface SucraseError {
  message: string
  loc?: { line: number; column: number }
}

function syntaxError(error: unknown, displayName: string): Transpiled {
  const { message, loc } = error as SucraseError
  const line = loc?.line
  return {
    ok: false,
    error: `${displayName}${line === undefined ? '' : `:${line}`}\nSyntaxError: ${message}`,
    ...(line === undefined ? {} : { line }),
  }
}

/** Candidate code to a CommonJS module; sucrase emits each statement on its original line. */
export function transpileModule(code: string, displayName: string): Transpiled {
  try {
    const { code: js } = transform(code, { transforms: ['typescript', 'imports'] })
    return { ok: true, code: js + SCOPE_HOOK }
  } catch (error) {
    return syntaxError(error, displayName)
  }
}

/** A script case's TypeScript; it runs through eval in the module's scope, so no imports. */
export function transpileScript(script: string): string {
  try {
    return transform(script, { transforms: ['typescript'] }).code
  } catch {
    // The harness's eval then raises the SyntaxError, and only this case fails.
    return script
  }
}
