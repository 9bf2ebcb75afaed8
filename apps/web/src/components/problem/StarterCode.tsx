// A read-only preview of the starter code for the chosen language.
import type { Language } from '@pairwise/shared'
import { LANGUAGE_FILE_NAMES, LANGUAGE_LABELS } from '../../lib/labels.ts'

export function StarterCode({ code, language }: { code: string | undefined; language: Language }) {
  if (code === undefined) {
    return <p className="muted">No starter code for {LANGUAGE_LABELS[language]}.</p>
  }
  return (
    <figure className="code-preview">
      <figcaption className="code-preview__bar">
        <span className="code-preview__dots" aria-hidden="true">
          <span />
          <span />
          <span />
        </span>
        <span>{LANGUAGE_FILE_NAMES[language]}</span>
        <span className="code-preview__lang">{LANGUAGE_LABELS[language]}</span>
      </figcaption>
      <pre className="code-preview__code" tabIndex={0}>
        <code>{code}</code>
      </pre>
    </figure>
  )
}
