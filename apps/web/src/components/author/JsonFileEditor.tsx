// A JSON file (tests.json or rubric.json) in a monospace text area, with hints as you type.
import { useMemo } from 'react'
import type { JsonHint } from './json-hints.ts'

export function JsonFileEditor({
  id,
  label,
  value,
  onChange,
  hints,
  description,
}: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  hints: (text: string) => JsonHint[]
  description: string
}) {
  const list = useMemo(() => hints(value), [hints, value])
  return (
    <div className="field json-field">
      <label htmlFor={id}>{label}</label>
      <p className="field__hint" id={`${id}-desc`}>
        {description}
      </p>
      <textarea
        id={id}
        className="textarea textarea--code"
        rows={14}
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`${id}-desc ${id}-hints`}
        aria-invalid={list.some((h) => h.tone === 'error')}
      />
      <ul id={`${id}-hints`} className="json-hints" aria-live="polite">
        {list.map((h, i) => (
          <li key={i} className={`json-hints__item json-hints__item--${h.tone}`}>
            {h.text}
          </li>
        ))}
      </ul>
    </div>
  )
}
