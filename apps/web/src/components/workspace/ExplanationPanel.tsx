// The explanation: a Markdown field with a short guide, autosaved like the code, and
// "Score my explanation" with the resulting score card.
import { useEffect, useRef, useState } from 'react'
import Markdown from 'react-markdown'
import type { ScoreOverride, ScoreReport } from '@pairwise/shared'
import { MAX_EXPLANATION_CHARS } from '@pairwise/shared'
import { ApiError, getScoreWithOverride, markFeedbackRead, scoreExplanation } from '../../api.ts'
import { CommentList } from '../review/CommentList.tsx'
import { ShareButton } from '../review/ShareButton.tsx'
import { scrollIntoPanel } from '../../lib/scroll-into-panel.ts'
import { ScoreCard } from './ScoreCard.tsx'

const GUIDE = [
  ['Approach', 'the idea, in a few sentences, before the details'],
  ['Complexity', 'time and memory, and what they depend on'],
  ['Trade-offs', 'what you chose against, and why'],
  ['Edge cases', 'empty input, ties, k beyond the list, …'],
  ['Validation', 'how you convinced yourself it is right'],
  ['The AI', 'what you took from the assistant and how you checked it'],
] as const

export function ExplanationPanel({
  sessionId,
  text,
  onChange,
  beforeScoring,
}: {
  sessionId: string
  text: string
  onChange: (text: string) => void
  /** Saves the explanation and the code, so the score is of what is on screen. */
  beforeScoring: () => Promise<void>
}) {
  const [preview, setPreview] = useState(false)
  const [scoring, setScoring] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [report, setReport] = useState<ScoreReport | null>(null)
  const [override, setOverride] = useState<ScoreOverride | null>(null)
  const cardRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const controller = new AbortController()
    getScoreWithOverride(sessionId, controller.signal)
      .then((latest) => {
        setReport((current) => current ?? latest.score)
        setOverride(latest.override)
        // The candidate sees the mentor's word here: it is read.
        if (latest.override) void markFeedbackRead({ ids: [latest.override.id] }).catch(() => null)
      })
      .catch(() => undefined)
    return () => controller.abort()
  }, [sessionId])

  const onScore = async () => {
    setError(null)
    if (text.trim() === '') {
      setError('Write your explanation first.')
      return
    }
    setScoring(true)
    try {
      await beforeScoring()
      setReport(await scoreExplanation(sessionId))
      // A new report stands on its own; a mentor's override was of the previous one.
      setOverride(null)
      // The card opens below the field: bring it into view once it is drawn.
      requestAnimationFrame(() => {
        if (cardRef.current) scrollIntoPanel(cardRef.current)
      })
    } catch (err) {
      setError(
        err instanceof ApiError && err.status === 404
          ? 'Scoring is not available on this server yet.'
          : err instanceof Error
            ? err.message
            : 'Could not score the explanation.',
      )
    } finally {
      setScoring(false)
    }
  }

  const words = text.trim() === '' ? 0 : text.trim().split(/\s+/).length

  return (
    <div className="explanation">
      <details className="explanation__guide" open>
        <summary>What makes a good explanation</summary>
        <ul>
          {GUIDE.map(([title, detail]) => (
            <li key={title}>
              <strong>{title}:</strong> {detail}
            </li>
          ))}
        </ul>
      </details>
      <div className="explanation__field">
        <div className="explanation__bar">
          <label htmlFor="explanation-text" className="explanation__label">
            Explain your approach
          </label>
          <button
            type="button"
            className="btn btn--ghost btn--xs"
            aria-pressed={preview}
            onClick={() => setPreview((p) => !p)}
          >
            {preview ? 'Edit' : 'Preview'}
          </button>
        </div>
        <textarea
          id="explanation-text"
          className="textarea explanation__input"
          hidden={preview}
          value={text}
          maxLength={MAX_EXPLANATION_CHARS}
          onChange={(e) => onChange(e.target.value)}
          placeholder={
            'Approach: …\nComplexity: O(…) time, O(…) memory, because …\nEdge cases: …\nValidation: …\nAI: …'
          }
          spellCheck
        />
        {preview ? (
          <div className="explanation__preview prose prose--chat">
            {text.trim() ? <Markdown>{text}</Markdown> : <p className="muted">Nothing yet.</p>}
          </div>
        ) : null}
        <p className="explanation__count">
          {words} {words === 1 ? 'word' : 'words'} · Markdown
        </p>
      </div>
      <div className="explanation__actions">
        <button
          type="button"
          className="btn btn--primary"
          onClick={() => void onScore()}
          disabled={scoring}
        >
          {scoring ? <span className="spinner spinner--on-accent" aria-hidden="true" /> : null}
          Score my explanation
        </button>
        {error ? (
          <p className="explanation__error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div ref={cardRef} className="explanation__score">
        {report ? <ScoreCard report={report} override={override} /> : null}
        <CommentList sessionId={sessionId} markRead />
        <ShareButton sessionId={sessionId} />
      </div>
    </div>
  )
}
