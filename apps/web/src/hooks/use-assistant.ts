// The assistant conversation of a session: history from the server, and one streamed reply at
// a time (fetch + an SSE reader, since the message is a POST; abortable).
import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError, getAssistant, openAssistantStream } from '../api.ts'
import type { AssistantState } from '../api.ts'
import { readSse } from '../lib/sse.ts'

export interface ChatTurn {
  /** The transcript seq; undefined for a turn of this page that the server has not listed yet. */
  seq?: number
  role: 'user' | 'assistant'
  text: string
  streaming?: boolean
  incomplete?: boolean
  error?: string
}

export interface AssistantInfo {
  provider: AssistantState['provider']
  model: string
  policy: AssistantState['policy']
}

function parseData(data: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(data)
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

export function useAssistant(sessionId: string) {
  const [info, setInfo] = useState<AssistantInfo | null>(null)
  const [turns, setTurns] = useState<ChatTurn[]>([])
  const [loadError, setLoadError] = useState<string | null>(null)
  const [streaming, setStreaming] = useState(false)
  const controller = useRef<AbortController | null>(null)

  const apply = useCallback((state: AssistantState) => {
    setInfo({ provider: state.provider, model: state.model, policy: state.policy })
    setTurns(state.turns.map((t) => ({ ...t })))
    setLoadError(null)
  }, [])
  const refresh = useCallback(async () => apply(await getAssistant(sessionId)), [sessionId, apply])

  useEffect(() => {
    const load = new AbortController()
    getAssistant(sessionId, load.signal).then(apply, (err: unknown) => {
      if (load.signal.aborted) return
      setLoadError(err instanceof Error ? err.message : 'Could not load the assistant.')
    })
    return () => {
      load.abort()
      controller.current?.abort()
    }
  }, [sessionId, apply])

  const patchLast = (patch: (turn: ChatTurn) => ChatTurn) =>
    setTurns((all) => {
      const last = all[all.length - 1]
      return last ? [...all.slice(0, -1), patch(last)] : all
    })

  const send = useCallback(
    async (message: string) => {
      if (controller.current) return
      const abort = new AbortController()
      controller.current = abort
      setStreaming(true)
      setTurns((all) => [
        ...all,
        { role: 'user', text: message },
        { role: 'assistant', text: '', streaming: true },
      ])
      let complete = false
      try {
        const body = await openAssistantStream(sessionId, message, abort.signal)
        for await (const event of readSse(body)) {
          const data = parseData(event.data)
          if (event.event === 'delta' && typeof data.text === 'string') {
            const piece = data.text
            patchLast((t) => ({ ...t, text: t.text + piece }))
          } else if (event.event === 'error') {
            const error = typeof data.message === 'string' ? data.message : 'The assistant failed.'
            patchLast((t) => ({ ...t, error }))
          } else if (event.event === 'done') {
            complete = data.complete === true
            break
          }
        }
      } catch (err) {
        const aborted = err instanceof DOMException && err.name === 'AbortError'
        const error = aborted
          ? 'Stopped.'
          : err instanceof ApiError || err instanceof Error
            ? err.message
            : 'The assistant failed.'
        patchLast((t) => ({ ...t, error }))
      } finally {
        patchLast((t) => ({ ...t, streaming: false, incomplete: !complete }))
        controller.current = null
        setStreaming(false)
      }
      // The server's list carries the seqs that AI insertions refer to.
      await refresh().catch(() => undefined)
    },
    [sessionId, refresh],
  )

  const stop = useCallback(() => controller.current?.abort(), [])

  return { info, turns, loadError, streaming, send, stop }
}
