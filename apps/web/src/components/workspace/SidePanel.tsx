// The left pane: the problem statement, and the explanation with its score, as two tabs.
import { useState } from 'react'
import type { KeyboardEvent } from 'react'
import type { Language, ProblemDetail } from '@pairwise/shared'
import { statementForLanguage } from '../../lib/statement-names.ts'
import { Statement } from '../problem/Statement.tsx'
import { ExplanationPanel } from './ExplanationPanel.tsx'

type Tab = 'problem' | 'explain'
const TABS: { id: Tab; label: string }[] = [
  { id: 'problem', label: 'Problem' },
  { id: 'explain', label: 'Explanation' },
]

export function SidePanel({
  statement,
  functionNames,
  language,
  sessionId,
  explanation,
  onExplanationChange,
  beforeScoring,
}: {
  statement: string
  functionNames: ProblemDetail['functionNames']
  language: Language
  sessionId: string
  explanation: string
  onExplanationChange: (text: string) => void
  beforeScoring: () => Promise<void>
}) {
  const [tab, setTab] = useState<Tab>('problem')

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return
    event.preventDefault()
    const next: Tab = tab === 'problem' ? 'explain' : 'problem'
    setTab(next)
    document.getElementById(`ws-tab-${next}`)?.focus()
  }

  return (
    <section className="ws-side" aria-label="Problem and explanation">
      <div
        className="ws-tabs"
        role="tablist"
        aria-label="Problem and explanation"
        onKeyDown={onKeyDown}
      >
        {TABS.map(({ id, label }) => (
          <button
            key={id}
            id={`ws-tab-${id}`}
            type="button"
            role="tab"
            className="ws-tab"
            aria-selected={tab === id}
            aria-controls={`ws-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
          >
            {label}
            {id === 'explain' && explanation.trim() !== '' ? (
              <span className="ws-tab__dot" aria-hidden="true" />
            ) : null}
          </button>
        ))}
      </div>
      <div
        id="ws-panel-problem"
        role="tabpanel"
        aria-labelledby="ws-tab-problem"
        className="ws-side__panel"
        hidden={tab !== 'problem'}
        tabIndex={0}
      >
        <Statement markdown={statementForLanguage(statement, functionNames, language)} />
      </div>
      <div
        id="ws-panel-explain"
        role="tabpanel"
        aria-labelledby="ws-tab-explain"
        className="ws-side__panel"
        hidden={tab !== 'explain'}
      >
        <ExplanationPanel
          sessionId={sessionId}
          text={explanation}
          onChange={onExplanationChange}
          beforeScoring={beforeScoring}
        />
      </div>
    </section>
  )
}
