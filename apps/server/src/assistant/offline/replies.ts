// Composes the offline coach's reply for each recognised ask, from the problem's hints and
// topics, the candidate's code and the last run. Deterministic: same input, same words.
import type { AssistantPolicy, Language } from '@pairwise/shared'
import { clipText } from '@pairwise/shared'
import type { AssistantRequest, RunCaseSummary, RunSummary } from '../types.ts'
import { observeCode } from './code-observations.ts'
import type { CodeObservations } from './code-observations.ts'
import { classifyIntent } from './intent.ts'
import type { OfflineIntent } from './intent.ts'
import {
  functionName,
  functionSignature,
  statedConstraints,
  statedExample,
  statedSizes,
  taskSummary,
} from './statement.ts'

export const OFFLINE_COACH_MODEL = 'offline-coach'

const FIRST_INTRO =
  '**Offline coach.** No AI model is configured on this server, so I am a rule-based helper, ' +
  'not an LLM. I answer from this problem’s hints and rubric, your current code and your last ' +
  'run, and I understand a fixed set of asks: a hint, why a test fails, clarifying the ' +
  'statement, complexity, edge cases, and a review of your code.'
const SHORT_INTRO = '_Offline coach (rule-based, no AI model configured)._'
const MENU =
  'You can ask me for **a hint**, **why a test fails**, to **clarify the statement**, about ' +
  '**complexity** or **edge cases**, or to **review my code**.'

const HINT_MARK = /\bHint (\d+) of \d+\b/g

interface CoachContext {
  request: AssistantRequest
  policy: AssistantPolicy
  fn: string
  code: CodeObservations
  hintsGiven: number
}

export interface OfflineReply {
  intent: OfflineIntent
  text: string
}

export function composeOfflineReply(request: AssistantRequest): OfflineReply {
  const intent = classifyIntent(request.message)
  const fn = functionName(request.problem, request.language) ?? 'the function'
  const context: CoachContext = {
    request,
    policy: request.policy,
    fn,
    code: observeCode(
      request.code,
      request.language,
      request.problem.starter[request.language],
      functionName(request.problem, request.language),
    ),
    hintsGiven: request.hintsGiven ?? countHintsGiven(request),
  }
  const intro = request.history.some((turn) => turn.role === 'assistant')
    ? SHORT_INTRO
    : FIRST_INTRO
  const body = REPLIES[intent](context)
  return { intent, text: `${intro}\n\n${body}`.trimEnd() }
}

/** The highest "Hint N of M" the offline coach wrote earlier in this conversation. */
export function countHintsGiven(request: AssistantRequest): number {
  let highest = 0
  for (const turn of request.history) {
    if (turn.role !== 'assistant') continue
    for (const match of turn.text.matchAll(HINT_MARK)) highest = Math.max(highest, Number(match[1]))
  }
  return highest
}

const REPLIES: Record<OfflineIntent, (context: CoachContext) => string> = {
  solution: solutionReply,
  hint: (context) => hintReply(context),
  'failing-test': failingTestReply,
  clarify: clarifyReply,
  complexity: complexityReply,
  'edge-cases': edgeCasesReply,
  review: reviewReply,
  other: defaultReply,
}

function solutionReply(context: CoachContext): string {
  if (context.policy === 'pair') {
    return [
      'Under the **pair** policy an AI pair partner would write this code with you, but I am the ' +
        'offline coach: without a model configured I cannot write solutions, and I do not have ' +
        'one. What I can do is move you forward a step:',
      hintReply(context),
      `For feedback on what you have so far, ask me to **review my code**.`,
    ].join('\n\n')
  }
  const refusal =
    context.policy === 'interviewer'
      ? 'As your interviewer I can’t give you the solution: the point is to see how you reason ' +
        'about it. Here is a nudge instead.'
      : 'I won’t write the full solution: with the **coach** policy you get there yourself, and ' +
        'how you work with the assistant is part of the assessment. Here is the next step instead.'
  return [refusal, hintReply(context)].join('\n\n')
}

function hintReply(context: CoachContext): string {
  const hints = context.request.problem.hints
  if (hints.length === 0) {
    return [
      'This problem has no written hints. Let’s reason it out instead:',
      `what does \`${context.fn}\` have to compute first, and what is the smallest input you ` +
        'could check it on by hand?',
    ].join(' ')
  }
  const next = context.hintsGiven + 1
  if (next > hints.length) {
    return [
      `You have already seen all ${hints.length} hints. In short, they were:`,
      hints.map((hint, i) => `${i + 1}. ${oneLine(hint)}`).join('\n'),
      'Try applying the last one to your code, run the tests, and ask me **why a test fails** ' +
        'or to **review my code** if something is still off.',
    ].join('\n\n')
  }
  const hint = hints[next - 1] ?? ''
  const lead = context.policy === 'interviewer' ? 'A nudge from your interviewer, ' : ''
  const closing =
    next < hints.length
      ? 'Try it in your code first; ask for another hint if you are still stuck.'
      : 'That was the last hint. After this, ask me to review your code or explain a failing test.'
  return [`${lead}**Hint ${next} of ${hints.length}**`, hint.trim(), closing].join('\n\n')
}

function failingTestReply(context: CoachContext): string {
  const run = context.request.lastRun
  if (!run) {
    return (
      'You haven’t run your code yet, so there is no failing test for me to look at. Press ' +
      '**Run**, then ask me again and I’ll point at the first failing case.'
    )
  }
  const parts: string[] = []
  const notImplemented = context.code.notImplemented
  if (run.tooSlow) {
    const asks = run.tooSlow.complexity
      ? `the problem asks for **${run.tooSlow.complexity}**`
      : 'the problem needs a faster method'
    parts.push(
      `Your answers are right on every smaller case, but the code ran out of time on ` +
        `**“${run.tooSlow.case}”**: ${asks}. Which loop grows fastest with the input? Ask me ` +
        'about **complexity** to look at it together.',
    )
  } else if (run.error) {
    const lead =
      run.status === 'compile_error'
        ? 'Your code did not compile, so no test ran. The compiler said:'
        : 'The whole run failed before the tests finished:'
    parts.push(`${lead}\n\n\`\`\`\n${run.error}\n\`\`\``)
    const line = lineNumberIn(run.error)
    if (line !== null) parts.push(quoteLine(context, line, 'It points at'))
  }
  if (run.status === 'timeout' && !run.tooSlow) {
    parts.push(
      'The run hit the **time limit**. Either a loop never ends, or the work grows too fast ' +
        'for the input size. Ask me about **complexity** to look at the loops in your code.',
    )
  } else if (run.status === 'memory') {
    parts.push(
      'The run hit the **memory limit**. What do you build that grows with the input, and do you ' +
        'need all of it at once?',
    )
  }
  const visible = run.tests.filter(
    (test): test is Extract<RunCaseSummary, { hidden: false }> => !test.hidden,
  )
  const failing = visible.filter((test) => !test.passed)
  const hiddenFailing = run.tests.filter((test) => test.hidden && !test.passed)
  const asked = failing.find((test) =>
    context.request.message.toLowerCase().includes(test.name.toLowerCase()),
  )
  const target = asked ?? failing[0]
  if (target) {
    parts.push(
      `${failing.length} of ${visible.length} visible tests fail. Look at **“${target.name}”**:`,
    )
    if (target.error) {
      parts.push(`it raised an error:\n\n\`\`\`\n${target.error}\n\`\`\``)
      const line = target.line ?? lineNumberIn(target.error)
      if (line !== null) parts.push(quoteLine(context, line, 'The error points at'))
      if (notImplemented && /NotImplemented|not implemented/i.test(target.error)) {
        parts.push(
          `Line ${notImplemented.line} still raises the starter’s “not implemented” error, so ` +
            'every test stops there. Replace it with your implementation.',
        )
      }
    } else {
      parts.push(
        `expected \`${target.expected ?? '?'}\`, but your function returned \`${target.actual ?? '?'}\`.`,
      )
      parts.push(differenceQuestion(target.expected, target.actual))
    }
    parts.push(
      'Work through that input by hand: what should each step produce, and where does your ' +
        'code first disagree?',
    )
  } else if (hiddenFailing.length > 0) {
    parts.push(
      `Every visible test passes, but ${hiddenFailing.length} hidden test${hiddenFailing.length === 1 ? '' : 's'} fail: ` +
        `${hiddenFailing.map((test) => `“${test.name}”`).join(', ')}. I can’t see their inputs, but ` +
        'the names tell you the situation. Which of these does your code not handle yet?',
    )
    const edges = edgeConcepts(context)
    if (edges.length > 0) parts.push(`Cases worth checking: ${edges.join('; ')}.`)
  } else if (!run.error && run.status === 'passed') {
    parts.push(
      'Every test in your last run passed. If you changed the code since, run it again. ' +
        'Otherwise, ask me about **edge cases** before you submit.',
    )
  }
  return parts.join('\n\n')
}

function differenceQuestion(expected: string | undefined, actual: string | undefined): string {
  if (actual === undefined || actual === 'null' || actual === 'undefined') {
    return 'Your function returned nothing: is there a path through it that reaches no `return`?'
  }
  const e = Number(expected)
  const a = Number(actual)
  if (expected !== undefined && Number.isFinite(e) && Number.isFinite(a)) {
    if (a === 0 && e !== 0) return 'Yours is exactly 0: does a loop or a condition never run?'
    const ratio = e === 0 ? Infinity : a / e
    if (Math.abs(ratio - 1) < 0.05) {
      return 'The two are close: look for an off-by-one (an index that starts at 0 instead of 1, a range that stops one short) or rounding.'
    }
    return a > e
      ? 'Yours is too large: is something counted twice, or not normalised?'
      : 'Yours is too small: is a term missing, or is something cut off early?'
  }
  return 'Compare the two values piece by piece: what is the first element or field where they differ?'
}

function clarifyReply(context: CoachContext): string {
  const { problem, language } = context.request
  const parts = [`Here is the task of **${problem.title}** in brief:`]
  parts.push(quote(taskSummary(problem.statement)))
  const signature = functionSignature(problem, language)
  if (signature)
    parts.push(`The tests call your function as:\n\n\`\`\`${language}\n${signature}\n\`\`\``)
  const constraints = statedConstraints(problem.statement)
  if (constraints.length > 0) {
    parts.push(`What the statement fixes:\n${constraints.map((c) => `- ${c}`).join('\n')}`)
  }
  const example = statedExample(problem.statement)
  if (example) parts.push(`The statement’s worked example:\n\n${example}`)
  parts.push(
    'The statement is the source of truth. If one detail is still unclear, tell me which, ' +
      'and check it against the visible tests.',
  )
  if (context.policy === 'interviewer') {
    parts.push('Before you code: how would you restate the task in your own words?')
  }
  return parts.join('\n\n')
}

function complexityReply(context: CoachContext): string {
  const { code } = context
  const sizes = statedSizes(context.request.problem.statement)
  const sizeNote =
    sizes.length > 0 ? ` The statement mentions sizes up to ${sizes.join(', ')}.` : ''
  if (code.isEmpty || code.isStarter) {
    return [
      `There is no implementation yet for me to look at.${sizeNote}`,
      'Before you write it: which operation will dominate the cost, a single pass, a sort, or ' +
        'a comparison of every pair? What does that cost for the largest input?',
    ].join('\n\n')
  }
  const questions: string[] = []
  const deepest = code.loops.find((loop) => loop.depth === code.maxLoopDepth)
  if (code.maxLoopDepth >= 2 && deepest) {
    questions.push(
      `Line ${deepest.line} (\`${clip(deepest.text)}\`) runs inside ${code.maxLoopDepth - 1} ` +
        'other loop' +
        (code.maxLoopDepth > 2 ? 's' : '') +
        '. For an input of size n, how many times does its body run? Is that affordable for the largest input?',
    )
  } else if (code.loops.length > 0) {
    questions.push(
      `I see ${code.loops.length} loop${code.loops.length === 1 ? '' : 's'}, none nested. A single pass is ` +
        `linear only if every step inside it is constant time: is it? (Watch for ${HIDDEN_LOOPS[context.request.language]} inside the loop.)`,
    )
  } else {
    questions.push(
      'I see no explicit loop. Which built-in calls do the work, and what do they cost?',
    )
  }
  for (const sort of code.sorts.slice(0, 2)) {
    questions.push(
      `Line ${sort.line} sorts (\`${clip(sort.text)}\`). What does that sort cost, and do you ` +
        'need the whole order or only part of it?',
    )
  }
  for (const heap of code.heaps.slice(0, 1)) {
    questions.push(
      `Line ${heap.line} uses a heap. How large can it grow, and what does each push or pop cost?`,
    )
  }
  questions.push('And space: what do you store that grows with the input?')
  return [
    `Let’s reason about the cost together.${sizeNote}`,
    questions.map((q) => `- ${q}`).join('\n'),
    'Write your answer down as time and space with the reason; your explanation is scored on it.',
  ].join('\n\n')
}

/** Calls that hide a pass over the data, as each language writes them. */
const HIDDEN_LOOPS: Record<Language, string> = {
  python: '`in` on a list, slicing, or searching',
  typescript: '`includes` or `indexOf` on an array, `slice`, or searching',
  java: '`contains` or `indexOf` on a list, copying an array, or searching',
  cpp: '`std::find` on a vector, copying a vector, `erase`, or searching',
}

function edgeCasesReply(context: CoachContext): string {
  const concepts = edgeConcepts(context)
  const parts: string[] = []
  if (concepts.length > 0) {
    parts.push('For this problem, check what your code does in each of these situations:')
    parts.push(concepts.map((concept) => `- ${concept}: how does your code handle it?`).join('\n'))
  } else {
    parts.push('Check what your code does for inputs at the edges of what the statement allows:')
    parts.push(
      [
        '- an empty input',
        '- a single element',
        '- duplicates or ties',
        '- the largest values and sizes the statement allows',
      ].join('\n'),
    )
  }
  const constraints = statedConstraints(context.request.problem.statement)
  if (constraints.length > 0) {
    parts.push(`The statement’s own rules:\n${constraints.map((c) => `- ${c}`).join('\n')}`)
  }
  const hidden = hiddenFailures(context.request.lastRun)
  if (hidden.length > 0) {
    parts.push(
      `Your last run failed hidden tests named ${hidden.join(', ')}: which of the cases above is that?`,
    )
  }
  parts.push('Pick one, write it as a small input, and predict the output before you run it.')
  return parts.join('\n\n')
}

function reviewReply(context: CoachContext): string {
  const { code, fn, request } = context
  const notes: string[] = []
  if (code.isEmpty) notes.push('The editor is empty: there is nothing to review yet.')
  else if (code.isStarter) notes.push('This is still the starter code: nothing is implemented yet.')
  if (code.notImplemented) {
    notes.push(
      `Line ${code.notImplemented.line} still has the starter’s “not implemented” ` +
        `(\`${clip(code.notImplemented.text)}\`), so every test stops there.`,
    )
  }
  if (!code.isEmpty && !code.definesFunction) {
    notes.push(`I can’t find a function named \`${fn}\`. The tests call it by that name.`)
  }
  if (!code.isEmpty && !code.isStarter && !code.hasReturn) {
    notes.push('I see no `return`, so the function gives back nothing.')
  }
  for (const print of code.debugPrints.slice(0, 2)) {
    notes.push(
      `Line ${print.line} prints (\`${clip(print.text)}\`): remove debug output before you submit.`,
    )
  }
  for (const todo of code.todos.slice(0, 2)) {
    notes.push(`Line ${todo.line} has a TODO: \`${clip(todo.text)}\`.`)
  }
  if (!code.isEmpty && !code.isStarter) {
    const shape: string[] = []
    if (code.loops.length > 0) {
      shape.push(
        `${code.loops.length} loop${code.loops.length === 1 ? '' : 's'} (deepest nesting ${code.maxLoopDepth})`,
      )
    }
    if (code.sorts.length > 0)
      shape.push(`a sort on line ${code.sorts.map((s) => s.line).join(', ')}`)
    if (code.heaps.length > 0) shape.push('a heap')
    if (shape.length > 0)
      notes.push(`Structure: ${shape.join(', ')}. Can you state what that costs?`)
  }
  notes.push(runNote(request.lastRun))
  const closing =
    context.policy === 'interviewer'
      ? 'Walk me through your code: which part are you least sure about, and why?'
      : 'Which part are you least sure about? Ask me about **edge cases** or **complexity** next.'
  return ['What I notice in your code:', notes.map((note) => `- ${note}`).join('\n'), closing].join(
    '\n\n',
  )
}

function defaultReply(context: CoachContext): string {
  const lead =
    context.policy === 'interviewer'
      ? `Walk me through your approach to \`${context.fn}\`: what is the input, what do you compute first, and how do you know it is right?`
      : context.policy === 'pair'
        ? `Let’s pair on \`${context.fn}\`. What is your plan, in a sentence or two? I can’t write the code offline, but I can check your reasoning against the problem.`
        : `Let’s start from your plan: in one or two sentences, what does \`${context.fn}\` compute first, and what does it return?`
  return [lead, runNote(context.request.lastRun), MENU].join('\n\n')
}

function runNote(run: RunSummary | null): string {
  if (!run) return 'You haven’t run your code yet.'
  const visible = run.tests.filter((test) => !test.hidden)
  const passed = visible.filter((test) => test.passed).length
  const firstFail = visible.find((test) => !test.passed)
  const failNote = firstFail ? ` The first failure is “${firstFail.name}”.` : ''
  const runError = run.error ? ` The run reported: ${oneLine(run.error)}` : ''
  if (run.status === 'compile_error') return `Your last run did not compile.${runError}`
  return `Your last run: **${run.status}**, ${passed} of ${visible.length} visible tests passed.${failNote}${runError}`
}

function edgeConcepts(context: CoachContext): string[] {
  return context.request.problem.topics
    .filter((topic) => /edge|corner|boundary|special case/i.test(`${topic.id} ${topic.title}`))
    .flatMap((topic) => topic.concepts)
}

function hiddenFailures(run: RunSummary | null): string[] {
  return (run?.tests ?? [])
    .filter((test) => test.hidden && !test.passed)
    .map((test) => `“${test.name}”`)
}

function quoteLine(context: CoachContext, line: number, lead: string): string {
  const text = context.request.code.split('\n')[line - 1]
  return text?.trim() ? `${lead} line ${line}: \`${clip(text.trim())}\`` : `${lead} line ${line}.`
}

/** "line 12", or a compiler's "Solution.java:12: error" / "solution.cpp:12:5: error". */
function lineNumberIn(text: string): number | null {
  const match = /\bline (\d+)\b/i.exec(text) ?? /\.(?:java|cpp):(\d+)\b/.exec(text)
  return match ? Number(match[1]) : null
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n')
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function clip(text: string, max = 80): string {
  return clipText(text, max)
}
