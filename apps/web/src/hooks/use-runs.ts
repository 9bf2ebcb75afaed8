// Runs and submissions: save the code first (the server runs what it has), then run it.
import { useCallback, useRef, useState } from 'react'
import { ApiError, runCode } from '../api.ts'
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

  return { state, start, running: state.status === 'running' }
}
