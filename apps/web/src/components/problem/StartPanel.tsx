// The side panel of a problem: pick a language and start a practice session.
import { useState } from 'react'
import { useLocation, useNavigate } from 'react-router'
import type { AssistantPolicy, Language, ProblemDetail } from '@pairwise/shared'
import { ApiError, startSession } from '../../api.ts'
import { useAuth } from '../../hooks/use-auth.ts'
import { LANGUAGE_LABELS } from '../../lib/labels.ts'
import { FormError } from '../FormError.tsx'

const POLICY_TEXT: Record<AssistantPolicy, { title: string; detail: string }> = {
  coach: {
    title: 'Coach',
    detail: 'Asks questions and gives hints; it will not write the solution for you.',
  },
  pair: {
    title: 'Pair',
    detail: 'Works beside you like a colleague and can write code with you.',
  },
  interviewer: {
    title: 'Interviewer',
    detail: 'Plays the interviewer: answers clarifying questions and probes your reasoning.',
  },
}

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

  const goToLogin = () =>
    navigate(`/login?next=${encodeURIComponent(location.pathname + location.search)}`)

  const onStart = async () => {
    setError(null)
    if (!user) {
      await goToLogin()
      return
    }
    setPending(true)
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
            <label key={option} className="segmented__option">
              <input
                type="radio"
                name="language"
                value={option}
                checked={option === language}
                onChange={() => onLanguageChange(option)}
              />
              <span>{LANGUAGE_LABELS[option]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <button
        type="button"
        className="btn btn--primary btn--block btn--lg"
        onClick={() => void onStart()}
        disabled={pending || user === undefined}
        aria-describedby={user === null ? 'start-hint' : undefined}
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
