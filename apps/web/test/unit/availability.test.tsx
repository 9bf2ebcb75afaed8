// A problem whose required Python libraries this server lacks: the catalog card and the problem
// page say "Unavailable here" and name the library, and Start is off for Python.
import type { Language, ProblemDetail } from '@pairwise/shared'
import { renderToStaticMarkup } from 'react-dom/server'
import { MemoryRouter } from 'react-router'
import { describe, expect, test } from 'vitest'
import { ProblemCard } from '../../src/components/ProblemCard.tsx'
import { StartPanel } from '../../src/components/problem/StartPanel.tsx'
import { AuthContext } from '../../src/hooks/use-auth.ts'
import { unavailableHere } from '../../src/lib/availability.ts'

const problem: ProblemDetail = {
  slug: 'tensor-softmax',
  title: 'Softmax of a tensor',
  areas: ['ml-fundamentals'],
  difficulty: 'easy',
  languages: ['python'],
  requires: ['torch', 'pandas'],
  missingPackages: ['torch'],
  statement: 'Return the softmax.',
  starter: { python: 'def softmax_rows(rows):\n    pass\n' },
  visibleTests: [],
  assistant: 'coach',
  hintCount: 1,
  functionNames: { python: 'softmax_rows' },
}

/** Text content of rendered markup, tags dropped, so assertions read as a person would. */
function text(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ')
}

function startPanel(detail: ProblemDetail, language: Language = 'python') {
  const auth = {
    user: { id: 'u1', email: 'ada@example.com', name: 'Ada', role: 'candidate' as const },
    setUser: () => undefined,
    logOut: async () => undefined,
  }
  return renderToStaticMarkup(
    <MemoryRouter>
      <AuthContext.Provider value={auth}>
        <StartPanel problem={detail} language={language} onLanguageChange={() => undefined} />
      </AuthContext.Provider>
    </MemoryRouter>,
  )
}

describe('a problem whose libraries are missing here', () => {
  test('its catalog card says "Unavailable here" and names the missing library only', () => {
    const html = renderToStaticMarkup(
      <MemoryRouter>
        <ProblemCard problem={problem} />
      </MemoryRouter>,
    )
    expect(text(html)).toContain('Unavailable here: needs PyTorch')
    expect(text(html)).not.toContain('pandas')
  })

  test('a card of a problem that runs here says nothing of it', () => {
    const html = renderToStaticMarkup(
      <MemoryRouter>
        <ProblemCard problem={{ ...problem, missingPackages: [] }} />
      </MemoryRouter>,
    )
    expect(html).not.toContain('Unavailable')
  })

  test('its page explains why, with the Debian package, and Start is off', () => {
    const html = startPanel(problem)
    expect(text(html)).toContain('Unavailable here: needs PyTorch')
    expect(text(html)).toContain(
      "This problem needs PyTorch, which is not installed for this server's sandboxed Python",
    )
    expect(text(html)).toContain('python3-torch')
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>\s*Start/)
  })

  test('a problem that also offers TypeScript stays startable in TypeScript', () => {
    const both = { ...problem, languages: ['python', 'typescript'] as ProblemDetail['languages'] }
    expect(unavailableHere(both)?.label).toBe('Python unavailable here: needs PyTorch')
    expect(unavailableHere(both, 'typescript')).toBeNull()
    const html = startPanel(both, 'typescript')
    expect(html).not.toContain('Unavailable')
    expect(html).not.toMatch(/<button[^>]*disabled=""[^>]*>\s*Start/)
  })

  test('names every missing library', () => {
    expect(
      unavailableHere({ ...problem, missingPackages: ['pandas', 'sklearn', 'torch'] }),
    ).toEqual({
      label: 'Unavailable here: needs pandas, scikit-learn and PyTorch',
      message: expect.stringMatching(
        /are not installed.*python3-pandas python3-sklearn python3-torch/,
      ),
    })
  })
})

describe('a language whose toolchain this server lacks', () => {
  const ndcg: ProblemDetail = {
    ...problem,
    slug: 'ndcg-at-k',
    languages: ['python', 'typescript', 'java', 'cpp'],
    requires: [],
    missingPackages: [],
    unavailableLanguages: ['java'],
  }

  test('its page explains why in Java, with the Debian packages, and Start is off', () => {
    const html = startPanel(ndcg, 'java')
    expect(text(html)).toContain('Java unavailable here')
    expect(text(html)).toContain("This server's sandbox has no Java toolchain")
    expect(text(html)).toContain('openjdk-17-jdk-headless libjackson2-databind-java')
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>\s*Start/)
    // The picker still offers it, marked, so the candidate can read why.
    expect(html).toContain('segmented__option--unavailable')
    expect(text(html)).toContain('Java (unavailable here)')
  })

  test('the problem stays startable in C++ and the others', () => {
    for (const language of ['cpp', 'python', 'typescript'] as const) {
      expect(unavailableHere(ndcg, language)).toBeNull()
      expect(startPanel(ndcg, language)).not.toMatch(/<button[^>]*disabled=""[^>]*>\s*Start/)
    }
  })

  test('its catalog card marks the language, with no badge while others run', () => {
    const html = renderToStaticMarkup(
      <MemoryRouter>
        <ProblemCard problem={ndcg} />
      </MemoryRouter>,
    )
    expect(text(html)).toContain('Java (unavailable here) · C++')
    expect(unavailableHere(ndcg)).toBeNull()
  })

  test('a problem offered only in languages that cannot run here is unavailable', () => {
    const compiledOnly = { ...ndcg, languages: ['java', 'cpp'] as Language[] }
    expect(unavailableHere({ ...compiledOnly, unavailableLanguages: ['java', 'cpp'] })?.label).toBe(
      'Unavailable here',
    )
    expect(unavailableHere(compiledOnly)).toBeNull()
  })
})
