// Runs and submissions: save the code first (the server runs what it has), then run it. The last
// run of the session is loaded with it, so its results survive a reload.
import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError, getLatestRun, runCode, runCustomInput } from '../api.ts'
import type { RunState } from '../components/workspace/RunResults.tsx'

function messageFor(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.code === 'run_limit' || err.status === 429) {
      return 'You have run your code a lot in the last minute. Wait a moment and run again.'
    }
    if (err.status === 503) return `${err.message} Your code is saved; try again shortly.`
    return err.message
  }
  return err instanceof Error ? err.message : 'The run failed.'
}

export function useRuns(sessionId: string, saveFirst: () => Promise<void>) {
  const [state, setState] = useState<RunState>({ status: 'idle' })
  const busy = useRef(false)

  useEffect(() => {
    const controller = new AbortController()
    getLatestRun(sessionId, controller.signal)
      .then((run) => {
        // A run started meanwhile wins over the stored one.
        if (run) setState((s) => (s.status === 'idle' ? { status: 'done', run } : s))
      })
      .catch(() => undefined)
    return () => controller.abort()
  }, [sessionId])

  const start = useCallback(
    async (mode: 'run' | 'submit') => {
      if (busy.current) return
      busy.current = true
      setState({ status: 'running', mode })
      try {
        await saveFirst()
        setState({ status: 'done', run: await runCode(sessionId, mode) })
      } catch (err) {
        setState({ status: 'failed', message: messageFor(err) })
      } finally {
        busy.current = false
      }
    },
    [sessionId, saveFirst],
  )

  const runCustom = useCallback(
    async (args: unknown[]) => {
      try {
        await saveFirst()
        return await runCustomInput(sessionId, args)
      } catch (err) {
        throw new Error(messageFor(err), { cause: err })
      }
    },
    [sessionId, saveFirst],
  )

  return { state, start, runCustom, running: state.status === 'running' }
}
