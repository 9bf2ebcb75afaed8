// The assistant: which provider and policy are active, the conversation (streamed token by
// token), and the message field.
import { useEffect, useRef, useState } from 'react'
import type { FormEvent, KeyboardEvent } from 'react'
import type { AssistantInfo, ChatTurn } from '../../hooks/use-assistant.ts'
import { AssistantMarkdown } from './AssistantMarkdown.tsx'

const POLICIES: Record<AssistantInfo['policy'], { label: string; detail: string }> = {
  coach: {
    label: 'Coach',
    detail: 'Gives hints and asks questions; it will not write the solution.',
  },
  pair: { label: 'Pair', detail: 'Works beside you like a colleague and can write code with you.' },
  interviewer: {
    label: 'Interviewer',
    detail: 'Answers clarifying questions and probes your reasoning, like an interviewer.',
  },
}

export function AssistantPanel({
  info,
  turns,
  loadError,
  streaming,
  canInsert,
  onSend,
  onStop,
  onInsert,
}: {
  info: AssistantInfo | null
  turns: ChatTurn[]
  loadError: string | null
  streaming: boolean
  canInsert: boolean
  onSend: (message: string) => void
  onStop: () => void
  onInsert: (code: string, fromSeq: number | undefined) => void
}) {
  const [message, setMessage] = useState('')
  const log = useRef<HTMLDivElement>(null)
  const stick = useRef(true)

  useEffect(() => {
    const el = log.current
    if (el && stick.current) el.scrollTop = el.scrollHeight
  }, [turns])

  const submit = (event?: FormEvent) => {
    event?.preventDefault()
    const text = message.trim()
    if (!text || streaming) return
    stick.current = true
    onSend(text)
    setMessage('')
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault()
      submit()
    }
  }

  const provider = info
    ? info.provider === 'offline'
      ? 'Offline coach'
      : `Anthropic · ${info.model}`
    : 'Connecting…'

  return (
    <section className="assistant" aria-labelledby="assistant-heading">
      <header className="pane-header assistant__header">
        <h2 id="assistant-heading" className="pane-title">
          Assistant
        </h2>
        <p className="assistant__meta">
          <span className="assistant__provider" data-testid="assistant-provider">
            {provider}
          </span>
          {info ? (
            <span className="assistant__policy" title={POLICIES[info.policy].detail}>
              Policy: {POLICIES[info.policy].label}
            </span>
          ) : null}
        </p>
      </header>
      <div
        ref={log}
        className="assistant__log"
        role="log"
        aria-label="Conversation with the assistant"
        aria-busy={streaming}
        onScroll={(e) => {
          const el = e.currentTarget
          stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40
        }}
      >
        {loadError ? <p className="assistant__error">{loadError}</p> : null}
        {turns.length === 0 && !loadError ? (
          <div className="assistant__empty">
            <p>Using the assistant is allowed, and how you use it is part of your score.</p>
            <p>Ask it to clarify the problem, check an edge case, or review your approach.</p>
          </div>
        ) : null}
        {turns.map((turn, i) => (
          <article
            key={turn.seq ?? `local-${i}`}
            className={`chat-turn chat-turn--${turn.role}`}
            data-testid={turn.role === 'assistant' ? 'assistant-reply' : undefined}
            aria-label={turn.role === 'user' ? 'You' : 'Assistant'}
          >
            {turn.role === 'user' ? (
              <p className="chat-turn__text">{turn.text}</p>
            ) : (
              <>
                {turn.text ? (
                  <AssistantMarkdown
                    text={turn.text}
                    canInsert={canInsert}
                    onInsert={(code) => onInsert(code, turn.seq)}
                  />
                ) : turn.streaming ? (
                  <p className="chat-turn__thinking">
                    <span className="typing-dots" aria-hidden="true">
                      <span />
                      <span />
                      <span />
                    </span>
                    Thinking…
                  </p>
                ) : null}
                {turn.error ? <p className="chat-turn__error">{turn.error}</p> : null}
                {!turn.streaming && turn.incomplete && !turn.error ? (
                  <p className="chat-turn__error">This reply was cut off.</p>
                ) : null}
              </>
            )}
          </article>
        ))}
      </div>
      <form className="assistant__form" onSubmit={submit}>
        <label htmlFor="assistant-message" className="visually-hidden">
          Message the assistant
        </label>
        <textarea
          id="assistant-message"
          className="textarea assistant__input"
          rows={2}
          placeholder="Ask about the problem, an edge case, your approach…"
          value={message}
          onChange={(e) => setMessage(e.target.value)}
          onKeyDown={onKeyDown}
          maxLength={4000}
        />
        <div className="assistant__actions">
          <span className="assistant__hint">Enter to send · Shift+Enter for a new line</span>
          {streaming ? (
            <button type="button" className="btn btn--ghost btn--sm" onClick={onStop}>
              Stop
            </button>
          ) : null}
          <button
            type="submit"
            className="btn btn--primary btn--sm"
            disabled={streaming || message.trim() === ''}
          >
            Send
          </button>
        </div>
      </form>
    </section>
  )
}
