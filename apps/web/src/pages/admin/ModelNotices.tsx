// The models the assistant and the judge use, and any deprecation the Anthropic side reported
// for them (the SDK's table, a response header, an error), so an admin sees it without the log.
import { useEffect, useState } from 'react'
import { getModelNotices } from '../../api.ts'
import type { ModelNoticesView } from '../../api.ts'

const SOURCE_LABELS: Record<string, string> = {
  sdk_table: 'SDK deprecation table',
  header: 'API response header',
  error: 'API error',
}

export function ModelNotices() {
  const [view, setView] = useState<ModelNoticesView | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    getModelNotices(controller.signal)
      .then(setView)
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setError(err instanceof Error ? err.message : String(err))
      })
    return () => controller.abort()
  }, [])

  return (
    <section aria-labelledby="models-heading">
      <h2 id="models-heading" className="section-title">
        AI models
      </h2>
      {error ? <p className="notice notice--error">{error}</p> : null}
      {view ? (
        <>
          <p className="muted">
            Assistant: <code>{view.assistantModel}</code> · judge: <code>{view.judgeModel}</code>
            {view.anthropic
              ? ''
              : ' (not in use: no ANTHROPIC_API_KEY, the offline coach and scorer run)'}
          </p>
          {view.notices.length === 0 ? (
            <p className="muted">No deprecation has been reported.</p>
          ) : (
            <ul className="model-notices">
              {view.notices.map((n) => (
                <li key={`${n.model}|${n.source}`} className="notice notice--error" role="alert">
                  <strong>{n.model}</strong> · {SOURCE_LABELS[n.source] ?? n.source} · seen{' '}
                  {n.count} {n.count === 1 ? 'time' : 'times'}, last{' '}
                  {new Date(n.lastSeenAt).toLocaleString()}
                  <br />
                  {n.message}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </section>
  )
}
