// Hints for tests.json and rubric.json while they are edited; the server still has the last word.
import { malformedNumberTags, NUMBER_TAG_ADVICE } from '@pairwise/shared'

export interface JsonHint {
  tone: 'ok' | 'warn' | 'error'
  text: string
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

function parse(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) as unknown }
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) }
  }
}

export function testsHints(text: string): JsonHint[] {
  const parsed = parse(text)
  if ('error' in parsed) return [{ tone: 'error', text: `Not valid JSON: ${parsed.error}` }]
  const cases = isObject(parsed.value) ? parsed.value.cases : undefined
  if (!Array.isArray(cases)) return [{ tone: 'error', text: 'Needs a "cases" array.' }]
  const hints: JsonHint[] = []
  const names = new Set<string>()
  let visible = 0
  cases.forEach((c, i) => {
    if (!isObject(c)) {
      hints.push({ tone: 'error', text: `Case ${i + 1} is not an object.` })
      return
    }
    const name = typeof c.name === 'string' ? c.name : `case ${i + 1}`
    if (typeof c.name !== 'string')
      hints.push({ tone: 'error', text: `Case ${i + 1} has no name.` })
    else if (names.has(c.name))
      hints.push({ tone: 'error', text: `Two cases are named "${name}".` })
    names.add(name)
    if (c.visible === true) visible++
    const script = typeof c.script === 'string'
    if (!script && !Array.isArray(c.args)) {
      hints.push({ tone: 'error', text: `"${name}" needs "args" (an array) or a "script".` })
    }
    if (!script && !('expected' in c)) {
      hints.push({ tone: 'error', text: `"${name}" has no "expected".` })
    }
    if (!script) {
      for (const at of malformedNumberTags({ args: c.args, expected: c.expected })) {
        hints.push({ tone: 'error', text: `"${name}": ${at.join('.')} ${NUMBER_TAG_ADVICE}.` })
      }
    }
    if (script && typeof c.expectedOutput !== 'string') {
      hints.push({ tone: 'error', text: `Script case "${name}" has no "expectedOutput".` })
    }
  })
  if (visible === 0) hints.push({ tone: 'error', text: 'No case is visible.' })
  if (visible === cases.length) hints.push({ tone: 'error', text: 'No case is hidden.' })
  hints.unshift({
    tone: hints.length ? 'warn' : 'ok',
    text: `${cases.length} cases: ${visible} visible, ${cases.length - visible} hidden.`,
  })
  return hints
}

export function rubricHints(text: string): JsonHint[] {
  const parsed = parse(text)
  if ('error' in parsed) return [{ tone: 'error', text: `Not valid JSON: ${parsed.error}` }]
  const rubric = parsed.value
  if (!isObject(rubric) || !Array.isArray(rubric.criteria)) {
    return [{ tone: 'error', text: 'Needs a "criteria" array.' }]
  }
  const hints: JsonHint[] = []
  const ids = new Set<string>()
  const misconceptionIds = new Set<string>()
  let sum = 0
  for (const [i, c] of rubric.criteria.entries()) {
    if (!isObject(c)) {
      hints.push({ tone: 'error', text: `Criterion ${i + 1} is not an object.` })
      continue
    }
    const id = typeof c.id === 'string' ? c.id : ''
    if (!id) hints.push({ tone: 'error', text: `Criterion ${i + 1} has no id.` })
    else if (ids.has(id)) hints.push({ tone: 'error', text: `The id "${id}" repeats.` })
    ids.add(id)
    if (typeof c.weight !== 'number') hints.push({ tone: 'error', text: `"${id}" has no weight.` })
    else sum += c.weight
    if (!Array.isArray(c.concepts) || c.concepts.length === 0) {
      hints.push({ tone: 'warn', text: `"${id || i + 1}" lists no concepts.` })
    }
    misconceptionHints(c.misconceptions, id || String(i + 1), misconceptionIds, hints)
  }
  if (misconceptionIds.size === 0) {
    hints.push({
      tone: 'warn',
      text: 'No "misconceptions": list wrong claims candidates make, so scoring can catch them.',
    })
  }
  const rounded = Math.round(sum * 1000) / 1000
  if (Math.abs(sum - 1) > 1e-6) {
    hints.push({ tone: 'error', text: `Weights sum to ${rounded}, not 1.` })
  }
  if (typeof rubric.referenceExplanation !== 'string' || !rubric.referenceExplanation.trim()) {
    hints.push({ tone: 'warn', text: 'No "referenceExplanation".' })
  }
  hints.unshift({
    tone: hints.some((h) => h.tone === 'error') ? 'warn' : 'ok',
    text: `${rubric.criteria.length} criteria, weights sum to ${rounded}.`,
  })
  return hints
}

/** A criterion's optional `misconceptions`: `{id, claim, correction}` items, ids unique per problem. */
function misconceptionHints(
  list: unknown,
  criterion: string,
  ids: Set<string>,
  hints: JsonHint[],
): void {
  if (list === undefined) return
  if (!Array.isArray(list)) {
    hints.push({ tone: 'error', text: `"${criterion}": "misconceptions" must be an array.` })
    return
  }
  for (const [j, m] of list.entries()) {
    const where = `"${criterion}" misconception ${j + 1}`
    if (!isObject(m)) {
      hints.push({ tone: 'error', text: `${where} is not an object.` })
      continue
    }
    const id = typeof m.id === 'string' ? m.id : ''
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      hints.push({ tone: 'error', text: `${where} needs a kebab-case "id".` })
    } else if (ids.has(id)) {
      hints.push({ tone: 'error', text: `The misconception id "${id}" repeats.` })
    }
    if (id) ids.add(id)
    for (const field of ['claim', 'correction'] as const) {
      const value = m[field]
      if (typeof value !== 'string' || value.trim().length < 8) {
        hints.push({ tone: 'error', text: `${where} needs a "${field}" sentence.` })
      }
    }
  }
}
