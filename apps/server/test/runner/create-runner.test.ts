// Choosing a runner: bwrap when it works, the local runner when asked or when it does not.
import { describe, expect, it } from 'vitest'
import { createRunner, detectSandbox, SandboxUnavailableError } from '../../src/runner/index.ts'
import { hasBwrap, warnIfMissing } from './helpers/environment.ts'

warnIfMissing('createRunner', { bwrap: true })

describe('createRunner', () => {
  it.skipIf(!hasBwrap)('picks the sandbox when bwrap works', async () => {
    expect((await detectSandbox()).ok).toBe(true)
    expect((await createRunner('auto')).kind).toBe('sandbox')
    expect((await createRunner('sandbox')).kind).toBe('sandbox')
  })

  it('refuses the sandbox when bwrap is missing, and auto falls back to local', async () => {
    const options = { bwrapPath: '/nonexistent/bwrap' }
    expect(await detectSandbox(options)).toMatchObject({ ok: false })
    await expect(createRunner('sandbox', options)).rejects.toBeInstanceOf(SandboxUnavailableError)
    expect((await createRunner('auto', options)).kind).toBe('local')
    expect((await createRunner('local')).kind).toBe('local')
  })
})
