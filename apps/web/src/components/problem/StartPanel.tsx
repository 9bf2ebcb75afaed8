// The side panel of a problem: pick a language and start a practice session, or continue the
// unfinished one first when there is one.
import { useEffect, useState } from 'react'
import { Link, useLocation, useNavigate } from 'react-router'
import type { Language, PracticeSession, ProblemDetail } from '@pairwise/shared'
import { ApiError, listMySessions, startSession } from '../../api.ts'
import { useAuth } from '../../hooks/use-auth.ts'
import { languageUnavailable, unavailableHere } from '../../lib/availability.ts'
import { LANGUAGE_LABELS, POLICY_TEXT } from '../../lib/labels.ts'
import { preloadWorkspace } from '../../lib/preload-workspace.ts'
import { FormError } from '../FormError.tsx'

export function StartPanel({
  problem,
  language,
  onLanguageChange,
}: {
  problem: ProblemDetail
  language: Language
  onLanguageChange: (language: Language) => void
}) {
  const { user } = useAuth()
  const navigate = useNavigate()
  const location = useLocation()
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const policy = POLICY_TEXT[problem.assistant]
  // Code in this language cannot run on this server: a session would only end in refused runs.
  const unavailable = unavailableHere(problem, language)
  // The newest unfinished, unarchived session of this problem, offered before a new one.
  const [unfinished, setUnfinished] = useState<PracticeSession | null>(null)

  useEffect(() => {
    if (!user) return
    const controller = new AbortController()
    listMySessions({ problem: problem.slug, unfinished: true }, controller.signal)
      .then((sessions) => setUnfinished(sessions[0] ?? null))
      .catch(() => {
        // Without the list the panel still starts new sessions; nothing is lost.
      })
    return () => controller.abort()
  }, [user, problem.slug])

  const goToLogin = () =>
    navigate(`/login?next=${encodeURIComponent(location.pathname + location.search)}`)

  const onStart = async () => {
    setError(null)
    if (!user) {
      await goToLogin()
      return
    }
    setPending(true)
    preloadWorkspace()
    try {
      const session = await startSession({ problemSlug: problem.slug, language })
      await navigate(`/sessions/${encodeURIComponent(session.id)}`)
    } catch (err) {
      setPending(false)
      if (err instanceof ApiError && err.status === 401) {
        await goToLogin()
        return
      }
      setError(err instanceof Error ? err.message : 'Could not start the session.')
    }
  }

  return (
    <div className="start-panel">
      <fieldset className="segmented">
        <legend className="segmented__legend">Language</legend>
        <div className="segmented__options">
          {problem.languages.map((option) => (
            <label
              key={option}
              className={
                languageUnavailable(problem, option)
                  ? 'segmented__option segmented__option--unavailable'
                  : 'segmented__option'
              }
              title={languageUnavailable(problem, option) ? 'Unavailable here' : undefined}
            >
              <input
                type="radio"
                name="language"
                value={option}
                checked={option === language}
                onChange={() => onLanguageChange(option)}
              />
              <span>
                {LANGUAGE_LABELS[option]}
                {languageUnavailable(problem, option) ? (
                  <small className="visually-hidden"> (unavailable here)</small>
                ) : null}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {unavailable ? (
        <div className="start-panel__unavailable" role="note" aria-labelledby="unavailable-title">
          <p id="unavailable-title" className="start-panel__unavailable-title">
            {unavailable.label}
          </p>
          <p id="unavailable-detail">{unavailable.message}</p>
        </div>
      ) : null}
      {unfinished ? (
        <div className="start-panel__continue">
          <Link
            className="btn btn--primary btn--block btn--lg"
            to={`/sessions/${encodeURIComponent(unfinished.id)}`}
            aria-describedby="continue-hint"
            onPointerEnter={preloadWorkspace}
            onFocus={preloadWorkspace}
          >
            Continue
          </Link>
          <p id="continue-hint" className="start-panel__hint">
            Your unfinished {LANGUAGE_LABELS[unfinished.language]} session from{' '}
            {new Date(unfinished.updatedAt).toLocaleString()}. Start opens a new one beside it.
          </p>
        </div>
      ) : null}
      <button
        type="button"
        className={unfinished ? 'btn btn--ghost btn--block' : 'btn btn--primary btn--block btn--lg'}
        onClick={() => void onStart()}
        // A pointer over the button or focus on it is a good sign a session opens next.
        onPointerEnter={user ? preloadWorkspace : undefined}
        onFocus={user ? preloadWorkspace : undefined}
        disabled={pending || user === undefined || unavailable !== null}
        aria-describedby={
          unavailable ? 'unavailable-detail' : user === null ? 'start-hint' : undefined
        }
      >
        {pending ? <span className="spinner spinner--on-accent" aria-hidden="true" /> : null}
        Start
      </button>
      {user === null ? (
        <p id="start-hint" className="start-panel__hint">
          You will log in first; your progress is saved to your account.
        </p>
      ) : null}
      <FormError message={error} />
      <dl className="facts">
        <div>
          <dt>Assistant</dt>
          <dd>
            <strong>{policy.title}</strong>
            <span className="facts__detail">{policy.detail}</span>
          </dd>
        </div>
        <div>
          <dt>Hints</dt>
          <dd>{problem.hintCount === 0 ? 'None' : `${problem.hintCount} available`}</dd>
        </div>
        <div>
          <dt>Visible tests</dt>
          <dd>{problem.visibleTests.length}, plus hidden tests on submit</dd>
        </div>
      </dl>
    </div>
  )
}
