// Every moment of the session in time order (runs with results, assistant exchanges, saves),
// beside the code; the selected one is marked and later ones are dimmed. Assistant replies are
// rendered Markdown (safely, as in the workspace); everything else is shown as text.
import { useEffect, useRef } from 'react'
import { AssistantMarkdown } from '../workspace/AssistantMarkdown.tsx'
import type { Moment } from './replay-model.ts'
import 'katex/dist/katex.min.css'
import '../../styles/workspace-assistant.css'
import { describeEvent, formatTime } from './replay-model.ts'

export function ActivityFeed({
  moments,
  index,
  onSelect,
  commentSeqs,
}: {
  moments: Moment[]
  index: number
  onSelect: (index: number) => void
  commentSeqs: Set<number>
}) {
  const list = useRef<HTMLOListElement>(null)

  useEffect(() => {
    const current = list.current?.querySelector('[aria-current="step"]')
    if (current instanceof HTMLElement && list.current) {
      // Scroll the feed itself, never the page, so the scrubber stays where the hand is.
      const box = list.current
      const top = current.offsetTop - box.offsetTop
      if (top < box.scrollTop || top + current.offsetHeight > box.scrollTop + box.clientHeight) {
        box.scrollTop = top - box.clientHeight / 3
      }
    }
  }, [index])

  return (
    <section className="activity" aria-labelledby="activity-title">
      <h2 id="activity-title" className="section-title">
        Activity
      </h2>
      <ol className="activity__list" ref={list}>
        {moments.map((m, i) => {
          const summary = describeEvent(m.event)
          const selected = i === index
          return (
            <li
              key={m.event.seq}
              className={`activity__item activity__item--${summary.tone}${i > index ? ' is-later' : ''}`}
              aria-current={selected ? 'step' : undefined}
            >
              <button
                type="button"
                className="activity__jump"
                onClick={() => onSelect(i)}
                aria-label={`Go to moment ${i + 1}: ${summary.title}`}
              >
                <span className="activity__time">{formatTime(m.event.at)}</span>
                <span className="activity__title">{summary.title}</span>
                {commentSeqs.has(m.event.seq) ? (
                  <span className="pill pill--accent">comment</span>
                ) : null}
              </button>
              {summary.detail && m.event.type === 'assistant_reply' ? (
                // The assistant writes Markdown; it renders as in the workspace (raw HTML as text).
                <div className="activity__detail activity__detail--markdown">
                  <AssistantMarkdown text={summary.detail} />
                </div>
              ) : summary.detail ? (
                <p className="activity__detail">{summary.detail}</p>
              ) : null}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
