// The catalog's search box and its area, difficulty and language filters.
import { useEffect, useState } from 'react'
import { AREAS, AREA_LABELS, DIFFICULTIES, LANGUAGES } from '@pairwise/shared'
import type { ProblemQuery } from '@pairwise/shared'
import { DIFFICULTY_LABELS, LANGUAGE_LABELS } from '../lib/labels.ts'

const SEARCH_DELAY_MS = 250

export function CatalogFilters({
  query,
  onChange,
}: {
  query: ProblemQuery
  onChange: (next: ProblemQuery, options?: { typing?: boolean }) => void
}) {
  const urlText = query.q ?? ''
  const [text, setText] = useState(urlText)
  const [syncedText, setSyncedText] = useState(urlText)
  // Follow the URL when it changes from outside (back button, "Clear filters").
  if (urlText !== syncedText) {
    setSyncedText(urlText)
    setText(urlText)
  }

  useEffect(() => {
    if (text.trim() === urlText) return
    const timer = window.setTimeout(() => {
      onChange({ ...query, q: text.trim() || undefined }, { typing: true })
    }, SEARCH_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [text, urlText, query, onChange])

  return (
    <div className="filters">
      <div className="filters__row">
        <div className="search">
          <label htmlFor="catalog-search" className="visually-hidden">
            Search problems
          </label>
          <svg
            className="search__icon"
            width="16"
            height="16"
            viewBox="0 0 16 16"
            aria-hidden="true"
            focusable="false"
          >
            <circle cx="7" cy="7" r="4.75" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path
              d="m10.5 10.5 3 3"
              stroke="currentColor"
              strokeWidth="1.5"
              strokeLinecap="round"
            />
          </svg>
          <input
            id="catalog-search"
            className="search__input"
            type="search"
            placeholder="Search problems"
            autoComplete="off"
            spellCheck={false}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div className="select-field">
          <label htmlFor="catalog-difficulty" className="visually-hidden">
            Difficulty
          </label>
          <select
            id="catalog-difficulty"
            value={query.difficulty ?? ''}
            onChange={(event) =>
              onChange({
                ...query,
                difficulty: DIFFICULTIES.find((value) => value === event.target.value),
              })
            }
          >
            <option value="">Any difficulty</option>
            {DIFFICULTIES.map((difficulty) => (
              <option key={difficulty} value={difficulty}>
                {DIFFICULTY_LABELS[difficulty]}
              </option>
            ))}
          </select>
        </div>
        <div className="select-field">
          <label htmlFor="catalog-language" className="visually-hidden">
            Language
          </label>
          <select
            id="catalog-language"
            value={query.language ?? ''}
            onChange={(event) =>
              onChange({
                ...query,
                language: LANGUAGES.find((value) => value === event.target.value),
              })
            }
          >
            <option value="">Any language</option>
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {LANGUAGE_LABELS[language]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="chips" role="group" aria-label="Area">
        <button
          type="button"
          className="chip"
          aria-pressed={query.area === undefined}
          onClick={() => onChange({ ...query, area: undefined })}
        >
          All areas
        </button>
        {AREAS.map((area) => (
          <button
            key={area}
            type="button"
            className="chip"
            aria-pressed={query.area === area}
            onClick={() => onChange({ ...query, area: query.area === area ? undefined : area })}
          >
            {AREA_LABELS[area]}
          </button>
        ))}
      </div>
    </div>
  )
}
