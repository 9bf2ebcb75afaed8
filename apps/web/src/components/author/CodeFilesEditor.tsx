// Starter code and reference solution per language, one Monaco editor behind a tab list. A file
// of a language the problem does not list in `languages` is ignored (and may stay empty).
import { useState } from 'react'
import type { Language } from '@pairwise/shared'
import { MonacoField } from './MonacoField.tsx'
import type { ProblemFileName } from './problem-template.ts'

const CODE_FILES: { file: ProblemFileName; language: Language; label: string }[] = [
  { file: 'starter.py', language: 'python', label: 'Starter (Python)' },
  { file: 'solution.py', language: 'python', label: 'Solution (Python)' },
  { file: 'starter.ts', language: 'typescript', label: 'Starter (TypeScript)' },
  { file: 'solution.ts', language: 'typescript', label: 'Solution (TypeScript)' },
  { file: 'starter.java', language: 'java', label: 'Starter (Java)' },
  { file: 'solution.java', language: 'java', label: 'Solution (Java)' },
  { file: 'starter.cpp', language: 'cpp', label: 'Starter (C++)' },
  { file: 'solution.cpp', language: 'cpp', label: 'Solution (C++)' },
]

export function CodeFilesEditor({
  files,
  onChange,
}: {
  files: Record<ProblemFileName, string>
  onChange: (file: ProblemFileName, value: string) => void
}) {
  const [active, setActive] = useState<ProblemFileName>('starter.py')
  const current = CODE_FILES.find((f) => f.file === active) ?? CODE_FILES[0]
  if (!current) return null
  return (
    <section className="author-section" aria-labelledby="code-files-title">
      <h2 id="code-files-title">Starter code and reference solutions</h2>
      <div role="tablist" aria-label="Code files" className="file-tabs">
        {CODE_FILES.map((f) => (
          <button
            key={f.file}
            type="button"
            role="tab"
            id={`tab-${f.file}`}
            aria-selected={f.file === active}
            aria-controls="code-file-panel"
            className="file-tabs__tab"
            onClick={() => setActive(f.file)}
          >
            {f.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="code-file-panel" aria-labelledby={`tab-${current.file}`}>
        <MonacoField
          key={current.file}
          value={files[current.file]}
          language={current.language}
          label={`${current.label}, ${current.file}`}
          onChange={(v) => onChange(current.file, v)}
        />
      </div>
      <p className="field__hint">
        Solutions never reach a candidate; Validate runs them against every case in the sandbox.
      </p>
    </section>
  )
}
