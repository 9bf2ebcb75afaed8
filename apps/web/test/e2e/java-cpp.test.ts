// Java and C++ in a real browser against the real server and sandbox: a candidate picks the
// language on ndcg-at-k, sees the code coloured, runs code that does not compile yet (the verdict
// names the line), asks the assistant for a helper and inserts its ```java / ```cpp block, runs,
// submits, explains and is scored, with the inserted code counted as the assistant's.
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  startMessagesApiStandin,
  standinReplies,
  type MessagesApiStandin,
} from '../../../server/test/helpers/messages-api-standin.ts'
import { signedInContext, signUp } from '../helpers/accounts.ts'
import {
  editorText,
  hasChromium,
  launchBrowser,
  snap,
  typeCode,
  watchConsole,
} from '../helpers/browser.ts'
import { ensureWebBuild, startServer, type ServerHandle } from '../helpers/server.ts'

/** A program on the PATH, or the reason the tests below cannot run without it. */
function onPath(program: string): boolean {
  return (process.env.PATH ?? '/usr/bin')
    .split(path.delimiter)
    .some((dir) => dir !== '' && fs.existsSync(path.join(dir, program)))
}

function missingTools(tools: Record<string, string>): string[] {
  return Object.entries(tools)
    .filter(([program]) => !onPath(program))
    .map(([program, install]) => `${program} (apt install ${install})`)
}

const BASE_MISSING = [
  ...(hasChromium() ? [] : ['chromium']),
  ...missingTools({ bwrap: 'bubblewrap' }),
]
const JAVA_MISSING = missingTools({
  javac: 'openjdk-17-jdk-headless',
  java: 'openjdk-17-jdk-headless',
})
const CPP_MISSING = missingTools({ 'g++': 'g++' })
for (const [what, missing] of [
  ['Java and C++ browser tests', BASE_MISSING],
  ['The Java browser test', JAVA_MISSING],
  ['The C++ browser test', CPP_MISSING],
] as const) {
  if (missing.length > 0) console.warn(`${what} skipped: missing ${missing.join(', ')}.`)
}

interface LanguageCase {
  language: 'java' | 'cpp'
  label: string
  /** What the candidate types: it calls a `dcg` helper that does not exist yet. */
  draft: string
  /** The 1-based line of the first use of `dcg`, where the compiler stops. */
  compileErrorLine: number
  /** Where the candidate puts the caret before inserting the assistant's helper. */
  caret: { line: number; end: boolean }
  /** The assistant's reply: a fenced helper in the session's language. */
  reply: string
  helper: string
  /** The code once the helper is in. */
  solution: string
  /** A keyword and a name in the code, whose colours must differ. */
  keyword: string
  identifier: string
  missing: string[]
}

const JAVA_HELPER = [
  'private static double dcg(int[] labels, int k) {',
  '    double total = 0.0;',
  '    for (int i = 0; i < Math.min(k, labels.length); i++) {',
  '        total += (Math.pow(2, labels[i]) - 1) / (Math.log(i + 2) / Math.log(2));',
  '    }',
  '    return total;',
  '}',
].join('\n')

const JAVA_DRAFT = `import java.util.*;

class Solution {
    public double ndcgAtK(int[] relevances, int k) {
        Integer[] sorted = Arrays.stream(relevances).boxed().toArray(Integer[]::new);
        Arrays.sort(sorted, Collections.reverseOrder());
        int[] ideal = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            ideal[i] = sorted[i];
        }
        double best = dcg(ideal, k);
        return best > 0 ? dcg(relevances, k) / best : 0.0;
    }
}
`

const CPP_HELPER = [
  'static double dcg(const std::vector<int>& labels, int k) {',
  '    double total = 0.0;',
  '    int n = std::min<int>(k, static_cast<int>(labels.size()));',
  '    for (int i = 0; i < n; i++) {',
  '        total += (std::pow(2.0, labels[i]) - 1) / std::log2(i + 2.0);',
  '    }',
  '    return total;',
  '}',
].join('\n')

const CPP_DRAFT = `#include <algorithm>
#include <cmath>
#include <functional>

double ndcg_at_k(const std::vector<int>& relevances, int k) {
    std::vector<int> ideal(relevances);
    std::sort(ideal.begin(), ideal.end(), std::greater<int>());
    double best = dcg(ideal, k);
    return best > 0 ? dcg(relevances, k) / best : 0.0;
}
`

const CASES: LanguageCase[] = [
  {
    language: 'java',
    label: 'Java',
    draft: JAVA_DRAFT,
    compileErrorLine: 11,
    // The end of the method's closing brace: the helper goes after it, inside the class.
    caret: { line: 13, end: true },
    reply: `A helper for DCG@k:\n\n\`\`\`java\n${JAVA_HELPER}\n\`\`\`\n\nCall it for the ranking and for the ideal order.`,
    helper: JAVA_HELPER,
    solution: JAVA_DRAFT.replace(
      '        return best > 0 ? dcg(relevances, k) / best : 0.0;\n    }\n',
      `        return best > 0 ? dcg(relevances, k) / best : 0.0;\n    }\n${JAVA_HELPER.replace(/^/gm, '    ')}\n`,
    ),
    keyword: 'public',
    identifier: 'relevances',
    missing: JAVA_MISSING,
  },
  {
    language: 'cpp',
    label: 'C++',
    draft: CPP_DRAFT,
    compileErrorLine: 8,
    // The blank line after the includes: C++ needs the helper before its first use.
    caret: { line: 4, end: false },
    reply: `A helper for DCG@k:\n\n\`\`\`cpp\n${CPP_HELPER}\n\`\`\`\n\nCall it for the ranking and for the ideal order.`,
    helper: CPP_HELPER,
    solution: CPP_DRAFT.replace(
      '#include <functional>\n\n',
      `#include <functional>\n${CPP_HELPER}\n`,
    ),
    keyword: 'double',
    identifier: 'relevances',
    missing: CPP_MISSING,
  },
]

const explanation = (fn: string) =>
  [
    `Approach: ${fn} computes DCG@k of the ranking with exponential gain 2^rel - 1 and a log2(i + 2) discount, then divides it by the DCG@k of the ideal ordering, which is the same labels sorted in descending order.`,
    'Complexity: the sort makes it O(n log n) time and O(n) memory; the DCG itself is a single O(k) pass.',
    'Edge cases: when nothing is relevant the ideal DCG is zero, so I return 0.0 instead of dividing by zero. A k larger than the list simply uses the whole list, and ties keep the score at one.',
    'Validation: I ran the visible examples and worked through the example of the statement by hand.',
    'AI: I asked the assistant for the dcg helper, read it, and checked its discount against the statement before running it.',
  ].join('\n\n')

describe.skipIf(BASE_MISSING.length > 0)('Java and C++ in a browser', () => {
  let standin: MessagesApiStandin
  let server: ServerHandle
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let consoleErrors: string[]

  beforeAll(async () => {
    ensureWebBuild()
    // The assistant answers with the helper of the session's language; the judge is not asked
    // to agree (it fails, and the offline score stands), so the score is the offline scorer's.
    standin = await startMessagesApiStandin((request) => {
      if (request.rawBody.includes('record_verdicts')) return standinReplies.overloaded()
      const asked = CASES.find((c) =>
        request.rawBody.includes(`candidate_code language=\\"${c.language}\\"`),
      )
      return standinReplies.text([asked?.reply ?? 'Which language is this?'])
    })
    server = await startServer({
      ANTHROPIC_API_KEY: 'sk-e2e-test',
      ANTHROPIC_BASE_URL: standin.baseURL,
    })
    browser = await launchBrowser()
    const account = await signUp(server.url, 'Grace Candidate')
    context = await signedInContext(browser, server.url, account.cookie)
    page = await context.newPage()
    consoleErrors = watchConsole(page)
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    await server?.cleanUp()
    await standin?.close()
  })

  const results = () => page.getByRole('region', { name: 'Results' })

  /** The colour Monaco gave the first token with exactly this text. */
  const tokenColour = (text: string) =>
    page.evaluate((wanted) => {
      const spans = [
        ...document.querySelectorAll<HTMLElement>('.monaco-editor .view-line span span'),
      ]
      // Monaco may draw neighbouring tokens of one colour as one span: match whole words.
      const span = spans.find((s) =>
        (s.textContent ?? '')
          .replace(/\u00a0/g, ' ')
          .trim()
          .split(/\s+/)
          .includes(wanted),
      )
      return span ? getComputedStyle(span).color : null
    }, text)

  for (const c of CASES) {
    test.skipIf(c.missing.length > 0)(
      `${c.label}: pick it, see it coloured, fix a compile error with the assistant, submit, be scored`,
      async () => {
        // The picker on the problem page offers the language; the URL keeps the choice.
        await page.goto(`${server.url}/problems/ndcg-at-k`)
        await page.getByRole('radio', { name: c.label }).check()
        await page.waitForURL(new RegExp(`language=${c.language}`))
        const starterPreview = page.locator('.code-preview')
        await expect
          .poll(() => starterPreview.textContent())
          .toContain(c.language === 'java' ? 'Solution.java' : 'solution.cpp')
        await snap(page, `java-cpp-${c.language}-01-picker`)

        await page.getByRole('button', { name: 'Start' }).click()
        await page.waitForURL(/\/sessions\//)
        await page.locator('.monaco-editor .view-lines').waitFor()
        await expect
          .poll(() => page.getByLabel(`Code editor, ${c.label}`).count())
          .toBeGreaterThan(0)
        const starter = await editorText(page)
        expect(starter).toContain(c.language === 'java' ? 'ndcgAtK' : 'ndcg_at_k')

        // Syntax colouring: a keyword and a name get different colours once the tokenizer loads.
        await expect.poll(() => tokenColour(c.keyword), { timeout: 15_000 }).not.toBeNull()
        await expect
          .poll(async () => (await tokenColour(c.keyword)) !== (await tokenColour(c.identifier)), {
            timeout: 15_000,
          })
          .toBe(true)
        await snap(page, `java-cpp-${c.language}-02-workspace`)

        // The draft calls a helper that does not exist yet: the run says it does not compile,
        // and where.
        await page.locator('.monaco-editor .view-lines').click()
        await page.keyboard.press('Control+A')
        await page.keyboard.press('Delete')
        await typeCode(page, c.draft)
        // Monaco closes each `{` typed as it would for a person; those closers were pushed past
        // the caret, and the draft has its own.
        await page.keyboard.press('Control+Shift+End')
        await page.keyboard.press('Delete')
        await expect.poll(() => editorText(page)).toBe(c.draft)
        await expect.poll(() => page.getByTestId('save-indicator').textContent()).toContain('Saved')
        await page.getByRole('button', { name: 'Run', exact: true }).click()
        await results().getByText('Compile error').waitFor({ timeout: 60_000 })
        const error = results().getByTestId('run-error')
        expect(await error.textContent()).toMatch(/dcg/)
        expect(await error.textContent()).not.toMatch(/\/tmp\/|\/home\/|\/work\//)
        const goTo = error.getByRole('button', { name: `Go to line ${c.compileErrorLine}` })
        await goTo.waitFor()
        // No case ran: each reads "not run", and the message is not repeated in each.
        expect(await results().getByText('not run').count()).toBeGreaterThan(0)
        expect(await results().locator('.case__error').count()).toBe(0)
        await goTo.click()
        await expect
          .poll(() => page.locator('.monaco-editor .active-line-number').textContent())
          .toBe(String(c.compileErrorLine))
        await snap(page, `java-cpp-${c.language}-03-compile-error`)

        // The assistant offers the helper in a fenced block of the session's language.
        await page.getByLabel('Message the assistant').fill('How should I compute DCG@k?')
        await page.getByRole('button', { name: 'Send' }).click()
        await page.locator('[role="log"][aria-busy="false"]').waitFor({ timeout: 30_000 })
        const block = page.locator('.chat-code').last()
        await expect.poll(() => block.locator('.chat-code__lang').textContent()).toBe(c.language)

        // The caret where the helper belongs, then Insert at cursor.
        await page.locator('.monaco-editor .view-lines').click()
        await page.keyboard.press('Control+Home')
        for (let i = 1; i < c.caret.line; i++) await page.keyboard.press('ArrowDown')
        await page.keyboard.press(c.caret.end ? 'End' : 'Home')
        await block.getByRole('button', { name: 'Insert at cursor' }).click()
        await expect.poll(() => editorText(page)).toBe(c.solution)
        await expect.poll(() => page.getByTestId('save-indicator').textContent()).toContain('Saved')

        await page.getByRole('button', { name: 'Run', exact: true }).click()
        await results()
          .getByText(/\d+\/\d+ passed/)
          .waitFor({ timeout: 60_000 })
        const summary =
          (await results()
            .getByText(/\d+\/\d+ passed/)
            .textContent()) ?? ''
        const [passed, total] = summary.split(' ')[0]?.split('/').map(Number) ?? []
        expect(total).toBeGreaterThan(0)
        expect(passed).toBe(total)
        await snap(page, `java-cpp-${c.language}-04-run-passed`)

        await page.getByRole('button', { name: 'Submit', exact: true }).click()
        await results()
          .getByText(/all tests ·/)
          .waitFor({ timeout: 60_000 })
        const submitted = (await results().locator('.run-summary').textContent()) ?? ''
        expect(submitted).toMatch(/^Passed/)
        expect(await results().locator('.case', { hasText: '(hidden)' }).count()).toBeGreaterThan(0)
        expect(await results().locator('.case--fail').count()).toBe(0)
        await snap(page, `java-cpp-${c.language}-05-submitted`)

        await page.getByRole('tab', { name: 'Explanation' }).click()
        await page
          .getByLabel('Explain your approach')
          .fill(explanation(c.language === 'java' ? 'ndcgAtK' : 'ndcg_at_k'))
        await expect.poll(() => page.getByTestId('save-indicator').textContent()).toContain('Saved')
        await page.getByRole('button', { name: 'Score my explanation' }).click()
        const card = page.getByTestId('score-card')
        await card.waitFor({ timeout: 90_000 })
        await expect(card.textContent()).resolves.toMatch(/\d+\/100/)
        await expect(card.textContent()).resolves.toMatch(/AI collaboration/)
        // The inserted helper counts as the assistant's code, and it was run after insertion.
        const sessionId = page.url().split('/sessions/')[1] ?? ''
        const answer = await page.request.get(`${server.url}/api/sessions/${sessionId}/score`)
        const { score } = (await answer.json()) as {
          score: { collaboration: { signals: { id: string; value: number }[] } }
        }
        const share = score.collaboration.signals.find((s) => s.id === 'ai-code-share')?.value
        expect(share).toBeGreaterThan(20)
        expect(score.collaboration.signals.find((s) => s.id === 'verification')?.value).toBe(100)
        await card.scrollIntoViewIfNeeded()
        await snap(page, `java-cpp-${c.language}-06-scored`)

        // The session keeps its language and code: a reload opens the same Java / C++ code.
        await page.reload()
        await page.locator('.monaco-editor .view-lines').waitFor()
        await expect.poll(() => editorText(page)).toBe(c.solution)
        expect(await page.getByLabel(`Code editor, ${c.label}`).count()).toBeGreaterThan(0)
      },
      300_000,
    )
  }

  test('the pages logged no errors', () => {
    expect(consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([])
  })
})
