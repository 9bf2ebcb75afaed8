// Collaboration scoring on synthetic transcripts: a good collaborator, a bad one, and no AI at all.
import { CollaborationScore, diffCode, type TranscriptEventView } from '@pairwise/shared'
import { describe, expect, it } from 'vitest'
import {
  assessCollaboration,
  collaborationFlags,
  COLLABORATION_WEIGHTS,
  NOT_USED_NOTE,
} from '../../src/scoring/collaboration.ts'
import { readTimeline, replyCodeLines } from '../../src/scoring/collaboration-timeline.ts'
import { classifyMessage, isPushBack } from '../../src/scoring/message-intent.ts'
import { assistantReply, code as finalCode, strong } from './fixtures/ndcg-at-k.ts'

const starter =
  'import math\n\n\ndef ndcg_at_k(relevances: list[int], k: int) -> float:\n    pass\n'

/** Builds a transcript the way the server writes it: seq in order, snapshots as edits. */
function transcript(initial = starter) {
  const events: TranscriptEventView[] = []
  let snapshot = initial
  const push = (type: string, data: Record<string, unknown>) => {
    events.push({ seq: events.length + 1, type, at: new Date(0).toISOString(), data })
  }
  push('session_started', { code: initial })
  const api = {
    events,
    ask: (text: string) => (push('assistant_message', { text }), api),
    reply: (text: string) => (push('assistant_reply', { text, complete: true, usage: null }), api),
    insert: (text: string) => (
      push('ai_insert', {
        fromSeq: events.length,
        chars: text.length,
        lines: text.split('\n').length,
        text,
      }),
      api
    ),
    paste: (text: string | undefined, fromAssistant: boolean) => (
      push('paste', {
        chars: text?.length ?? 120,
        lines: text?.split('\n').length ?? 4,
        fromAssistant,
        ...(text === undefined ? {} : { text }),
      }),
      api
    ),
    code: (code: string) => (
      push('snapshot', { rev: events.length, ...diffCode(snapshot, code) }),
      (snapshot = code),
      api
    ),
    run: (passed: number, total: number, mode: 'run' | 'submit' = 'run') => (
      push(mode, {
        runId: `run-${events.length}`,
        status: passed === total ? 'passed' : 'failed',
        passed,
        total,
        failing: [],
        error: null,
        code: snapshot,
        ms: 40,
      }),
      api
    ),
  }
  return api
}

const signal = (score: CollaborationScore, id: string) => {
  const found = score.signals.find((s) => s.id === id)
  if (!found) throw new Error(`no signal ${id}`)
  return found
}

const buggyHelper =
  'def _dcg(labels: list[int], k: int) -> float:\n    return sum((2 ** rel - 1) / math.log2(i + 1) for i, rel in enumerate(labels[:k]))\n'

function goodCollaborator() {
  return transcript()
    .ask(
      'Just to confirm: what should it return when no item has a positive label, and can k be larger than the list?',
    )
    .reply('Return 0.0 when the ideal DCG is zero. Yes, k may be larger than the list.')
    .ask(
      'My plan is to compute DCG over the first k labels, then divide by the DCG of the labels sorted descending. Would that approach work, and is the O(n log n) sort fine for 10^5 items?',
    )
    .reply(
      `That works, and the sort is fine at that size. A helper could look like:\n${buggyHelper}`,
    )
    .insert(buggyHelper)
    .code(starter.replace('def ndcg', `${buggyHelper}\n\ndef ndcg`))
    .run(0, 4)
    .ask(
      "That's wrong: enumerate starts at 0, so log2(i + 1) divides by zero for the first item. Shouldn't it be log2(i + 2) instead?",
    )
    .reply('You are right: use math.log2(i + 2).')
    .code(finalCode)
    .run(4, 4)
    .run(10, 10, 'submit').events
}

const fullCode = `${finalCode}`

function badCollaborator() {
  return transcript()
    .ask('Just give me the full code for ndcg_at_k.')
    .reply(`${assistantReply}\n\n\`\`\`python\n${fullCode}\`\`\``)
    .ask('Write the whole function for me, no explanations needed.')
    .reply(`Here it is again:\n${fullCode}`)
    .paste(fullCode, true)
    .code(finalCode).events
}

function soloCandidate() {
  return transcript()
    .code(starter.replace('    pass\n', '    ideal = sorted(relevances, reverse=True)\n'))
    .run(1, 4)
    .code(finalCode)
    .run(4, 4)
    .run(10, 10, 'submit').events
}

describe('assessCollaboration on whole sessions', () => {
  const good = assessCollaboration({
    events: goodCollaborator(),
    finalCode,
    explanation: strong,
    policy: 'coach',
  })
  const bad = assessCollaboration({
    events: badCollaborator(),
    finalCode,
    explanation: assistantReply,
    policy: 'coach',
  })
  const solo = assessCollaboration({
    events: soloCandidate(),
    finalCode,
    explanation: strong,
    policy: 'coach',
  })

  it('returns a valid CollaborationScore (out of 100 when assessed) with a plain-language detail on every signal', () => {
    for (const score of [good, bad, solo]) {
      expect(() => CollaborationScore.parse(score)).not.toThrow()
      expect(score.max).toBe(score === solo ? 0 : 100)
      for (const s of score.signals) expect(s.detail.length).toBeGreaterThan(20)
    }
    expect(Object.values(COLLABORATION_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100)
  })

  it('scores the good collaborator high, with each behaviour credited', () => {
    expect(good.score).toBeGreaterThanOrEqual(85)
    expect(signal(good, 'how-you-asked').value).toBe(
      '1 clarifying question, 1 planning or approach discussion, 1 debugging help',
    )
    expect(signal(good, 'solution-requests').value).toBe(0)
    expect(signal(good, 'verification').value).toBe(100)
    expect(signal(good, 'push-back').value).toBe(true)
    expect(signal(good, 'push-back').detail).toContain("That's wrong: enumerate starts at 0")
    // Only the signature line of the inserted helper survives; the return line was corrected.
    expect(signal(good, 'ai-code-share').value).toBeGreaterThan(5)
    expect(signal(good, 'ai-code-share').value).toBeLessThan(30)
    expect(signal(good, 'ai-code-changed').value).toBe(50)
    expect(signal(good, 'explanation-ownership').value).toBeLessThan(15)
    expect(collaborationFlags(good)).toEqual([])
  })

  it('scores the bad collaborator low and flags the copied explanation', () => {
    expect(bad.score).toBeLessThanOrEqual(15)
    expect(signal(bad, 'solution-requests').value).toBe(2)
    expect(signal(bad, 'solution-requests').detail).toContain('Just give me the full code')
    expect(signal(bad, 'verification').value).toBe(0)
    expect(signal(bad, 'verification').detail).toContain('Untested: insertion 1')
    expect(signal(bad, 'push-back').value).toBe(false)
    // All but the starter's `import math` and signature, which were there before the paste.
    expect(signal(bad, 'ai-code-share').value).toBe(78)
    // Built from pastes and insertions the browser reported: labelled so for mentors.
    expect(signal(bad, 'ai-code-share').clientReported).toBe(true)
    expect(signal(bad, 'assistant-use').clientReported).toBeUndefined()
    expect(signal(bad, 'ai-code-changed').value).toBe(0)
    expect(signal(bad, 'explanation-ownership').value).toBe(100)
    expect(collaborationFlags(bad)).toEqual([
      expect.objectContaining({ code: 'copied-from-assistant' }),
    ])
  })

  it('leaves collaboration out for a candidate who never used the assistant, and says why', () => {
    // No points for nothing: the part has no maximum, so the report drops it and re-weights.
    expect(solo).toMatchObject({ score: 0, max: 0, note: NOT_USED_NOTE })
    expect(solo.note).toContain('did not use the assistant')
    expect(signal(solo, 'assistant-use').value).toBe(0)
    expect(signal(solo, 'assistant-use').detail).toContain('not penalised')
    expect(solo.signals.map((s) => s.id)).toEqual(['assistant-use'])
    expect(collaborationFlags(solo)).toEqual([])
  })

  it('penalises asking for the whole solution less under the pair policy, which writes code', () => {
    const underPair = assessCollaboration({
      events: badCollaborator(),
      finalCode,
      explanation: assistantReply,
      policy: 'pair',
    })
    expect(underPair.score).toBeGreaterThan(bad.score)
    expect(underPair.score).toBeLessThan(30)
  })

  it('is deterministic and fast on a long session', () => {
    let long = transcript()
    for (let i = 0; i < 150; i++) {
      long = long
        .ask(`What should it return for case ${i}?`)
        .reply(assistantReply)
        .insert(`x_${i} = compute_something(relevances, ${i})`)
        .code(`${finalCode}\nx_${i} = compute_something(relevances, ${i})\n`)
        .run(i % 4, 4)
    }
    const input = { events: long.events, finalCode, explanation: strong, policy: 'coach' as const }
    const first = assessCollaboration(input)
    const started = performance.now()
    const second = assessCollaboration(input)
    // A generous bound: the machine is shared, and speed lives in benchmarks.
    expect(performance.now() - started).toBeLessThan(2_000)
    expect(second).toEqual(first)
  })
})

describe('verification', () => {
  const verification = (events: TranscriptEventView[]) =>
    signal(
      assessCollaboration({ events, finalCode, explanation: strong, policy: 'coach' }),
      'verification',
    )

  it('counts a run only when it comes before the next message to the assistant', () => {
    const events = transcript()
      .ask('Can the list be empty?')
      .reply('Yes.')
      .insert('if not relevances:\n    return 0.0')
      .ask('What is IDCG?')
      .reply('The DCG of the ideal ordering.')
      .run(4, 4)
      .insert('ideal = sorted(relevances, reverse=True)')
      .run(4, 4)
      .insert('assert ndcg_at_k([3, 2, 1], 3) == 1.0').events
    expect(verification(events).value).toBe(33)
    expect(verification(events).detail).toContain('1 of 3 insertions')
    expect(verification(events).detail).toContain('Untested: insertion 1, 3')
  })

  it('treats a paste that matches a reply like an insertion, and other pastes not', () => {
    const pasted = transcript()
      .ask('Can the list be empty?')
      .reply('Yes.')
      .paste('x = 1', true).events
    expect(verification(pasted).value).toBe(0)
    const ownPaste = transcript().paste('x = 1', false).events
    const alone = assessCollaboration({
      events: ownPaste,
      finalCode,
      explanation: strong,
      policy: 'coach',
    })
    expect(alone.max).toBe(0)
    expect(alone.signals.map((s) => s.id)).not.toContain('verification')
  })
})

describe('provenance', () => {
  const provenance = (events: TranscriptEventView[], code: string) => {
    const score = assessCollaboration({
      events,
      finalCode: code,
      explanation: strong,
      policy: 'coach',
    })
    return {
      share: signal(score, 'ai-code-share').value,
      changed: score.signals.find((s) => s.id === 'ai-code-changed')?.value,
    }
  }

  it('does not count lines the code already had before the insertion, replayed from snapshots', () => {
    const own = 'ideal = _dcg(sorted(relevances, reverse=True), k)'
    const mine = starter.replace('    pass\n', `    ${own}\n    pass\n`)
    const inserted = `    ${own}\n    return _dcg(relevances, k) / ideal if ideal > 0 else 0.0`
    const after = starter.replace('    pass\n', `${inserted}\n`)
    const events = transcript().code(mine).insert(inserted).code(after).run(4, 4).events
    const { share } = provenance(events, after)
    // Only the return line is the assistant's: the signature came from the starter and the
    // `ideal` line was typed before the insertion.
    const returnLine = 'return _dcg(relevances, k) / ideal if ideal > 0 else 0.0'.length
    const total = ['import math', 'def ndcg_at_k(relevances: list[int], k: int) -> float:', own]
      .map((l) => l.length)
      .reduce((a, b) => a + b, returnLine)
    expect(share).toBe(Math.round((100 * returnLine) / total))
  })

  it('ignores re-indentation and counts pastes from elsewhere too', () => {
    const line = 'return sum(gains) / ideal'
    const events = transcript().paste(`        ${line}`, false).run(1, 1).events
    const code = `def f(gains, ideal):\n    ${line}\n`
    expect(provenance(events, code).share).toBe(
      Math.round((100 * line.length) / (line.length + 'def f(gains, ideal):'.length)),
    )
  })

  it('reports how much of the inserted code was changed afterwards', () => {
    const inserted = 'total = 0.0\nfor i, rel in enumerate(labels):\n    total += rel / i'
    const edited = 'total = 0.0\nfor i, rel in enumerate(labels):\n    total += rel / (i + 1)'
    const events = transcript().insert(inserted).code(edited).run(1, 1).events
    expect(provenance(events, edited).changed).toBe(33)
  })

  it('cannot trace a paste without recorded text, and says so', () => {
    const events = transcript().paste(undefined, false).events
    const score = assessCollaboration({ events, finalCode, explanation: strong, policy: 'coach' })
    expect(score.max).toBe(0)
    expect(signal(score, 'ai-code-share').detail).toContain('1 paste had no recorded text')
  })
})

describe('provenance checked on the server', () => {
  const helperLines = buggyHelper.trimEnd()
  const withHelper = starter.replace('def ndcg', `${buggyHelper}\n\ndef ndcg`)
  const score = (events: TranscriptEventView[], code: string) =>
    assessCollaboration({ events, finalCode: code, explanation: strong, policy: 'coach' })
  const insertions = (events: TranscriptEventView[], code?: string) =>
    readTimeline(events, code).filter((s) => s.kind === 'insertion')

  it.each([
    ['a fenced block', `Try this:\n\n\`\`\`python\n${buggyHelper}\`\`\`\nThen call it twice.`],
    ['a tilde fence', `Try this:\n~~~\n${buggyHelper}~~~`],
    ['unfenced code', `A helper could look like:\n${buggyHelper}`],
  ])(
    'counts code from %s that turns up in a snapshot, with no event from the browser',
    (_name, reply) => {
      const events = transcript()
        .ask('How do I compute DCG?')
        .reply(reply)
        .code(withHelper)
        .run(0, 4).events
      const found = insertions(events)
      expect(found).toHaveLength(1)
      expect(found[0]).toMatchObject({ source: 'inferred', fromAssistant: true })
      const result = score(events, withHelper)
      expect(signal(result, 'verification').value).toBe(100)
      expect(signal(result, 'ai-code-share').value).toBeGreaterThan(50)
      expect(signal(result, 'assistant-use').detail).toContain(
        "1 of them found by matching the assistant's code against your saved code",
      )
    },
  )

  it('finds it in the saved code when no snapshot was taken, and then it is untested', () => {
    const events = transcript().ask('How do I compute DCG?').reply(helperLines).events
    expect(insertions(events)).toHaveLength(0)
    expect(insertions(events, withHelper)).toHaveLength(1)
    const result = score(events, withHelper)
    expect(signal(result, 'verification').detail).toContain('Untested: insertion 1')
  })

  it('counts an insertion once when the browser reported it too, in either order', () => {
    const reported = transcript()
      .ask('How do I compute DCG?')
      .reply(helperLines)
      .insert(buggyHelper)
      .code(withHelper)
      .run(0, 4).events
    const late = transcript()
      .ask('How do I compute DCG?')
      .reply(helperLines)
      .code(withHelper)
      .insert(buggyHelper)
      .run(0, 4).events
    for (const events of [reported, late]) {
      const found = insertions(events, withHelper)
      expect(found).toHaveLength(1)
      expect(found[0]?.source).toBe('ai_insert')
      expect(signal(score(events, withHelper), 'verification').detail).toContain('1 of 1 insertion')
    }
  })

  it("treats a paste of the reply's code as the assistant's whatever the browser said", () => {
    const events = transcript()
      .ask('How do I compute DCG?')
      .reply(helperLines)
      .paste(buggyHelper, false).events
    expect(insertions(events)[0]).toMatchObject({ source: 'paste', fromAssistant: true })
  })

  it("does not count the candidate's own code that the assistant only repeated", () => {
    const events = transcript()
      .code(withHelper)
      .ask('Is my helper right?')
      .reply(`Your helper:\n${helperLines}\ndivides by zero at i = 0.`)
      .code(withHelper.replace('(i + 1)', '(i + 2)'))
      .run(4, 4).events
    expect(insertions(events, withHelper)).toHaveLength(0)
    expect(signal(score(events, withHelper), 'ai-code-share').value).toBe(0)
  })

  it('does not count prose, or one short common line, as inserted code', () => {
    expect(replyCodeLines('Return 0.0 when the ideal DCG is zero.\nYes, k may be larger.')).toEqual(
      [],
    )
    const events = transcript()
      .ask('What if k is 0?')
      .reply('Guard it:\n```python\nreturn 0.0\n```')
      .code(starter.replace('    pass\n', '    return 0.0\n'))
      .run(1, 4).events
    expect(insertions(events)).toHaveLength(0)
  })
})

describe('provenance in Java and C++', () => {
  const javaStarter = [
    'class Solution {',
    '    public double ndcgAtK(int[] relevances, int k) {',
    '        return 0.0;',
    '    }',
    '}',
    '',
  ].join('\n')
  const javaHelper = [
    'private static double dcg(int[] labels, int k) {',
    '    double total = 0.0;',
    '    for (int i = 0; i < Math.min(k, labels.length); i++) {',
    '        total += (Math.pow(2, labels[i]) - 1) / (Math.log(i + 2) / Math.log(2));',
    '    }',
    '    return total;',
    '}',
  ].join('\n')
  const javaWithHelper = javaStarter.replace(
    '    }\n}',
    `    }\n\n${javaHelper.replace(/^/gm, '    ')}\n}`,
  )
  const cppStarter =
    'double ndcg_at_k(const std::vector<int>& relevances, int k) {\n    return 0.0;\n}\n'
  const cppHelper = [
    '#include <cmath>',
    'static double dcg(const std::vector<int>& labels, int k) {',
    '    double total = 0.0;',
    '    for (int i = 0; i < std::min<int>(k, labels.size()); i++)',
    '        total += (std::pow(2.0, labels[i]) - 1) / std::log2(i + 2.0);',
    '    return total;',
    '}',
  ].join('\n')
  const cppWithHelper = `${cppHelper}\n\n${cppStarter}`

  it.each([
    [
      'a ```java block',
      javaStarter,
      `Try this:\n\n\`\`\`java\n${javaHelper}\n\`\`\``,
      javaWithHelper,
    ],
    ['unfenced Java', javaStarter, `A helper could look like:\n${javaHelper}`, javaWithHelper],
    ['a ```cpp block', cppStarter, `Try this:\n\n\`\`\`cpp\n${cppHelper}\n\`\`\``, cppWithHelper],
    ['unfenced C++', cppStarter, `A helper could look like:\n${cppHelper}`, cppWithHelper],
  ])('counts code from %s that turns up in a snapshot', (_name, start, reply, after) => {
    const events = transcript(start)
      .ask('How do I compute DCG?')
      .reply(reply)
      .code(after)
      .run(0, 4).events
    const found = readTimeline(events).filter((s) => s.kind === 'insertion')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ source: 'inferred', fromAssistant: true })
    const result = assessCollaboration({
      events,
      finalCode: after,
      explanation: strong,
      policy: 'coach',
    })
    expect(signal(result, 'ai-code-share').value).toBeGreaterThan(50)
  })

  it('reads Java and C++ declarations outside a fence as code, and prose as prose', () => {
    expect(
      replyCodeLines(
        [
          '#include <algorithm>',
          'import java.util.Arrays',
          'public static double gain',
          'Sort a copy of the labels first.',
          'using namespace std',
        ].join('\n'),
      ),
    ).toEqual([
      '#include <algorithm>',
      'import java.util.Arrays',
      'public static double gain',
      'using namespace std',
    ])
  })
})

describe('ownership of the explanation', () => {
  const ownership = (explanation: string) =>
    assessCollaboration({
      events: transcript().ask('What is IDCG?').reply(assistantReply).events,
      finalCode,
      explanation,
      policy: 'coach',
    })

  it('lowers the score and flags an explanation made of the reply', () => {
    const copied = ownership(`${assistantReply} I also checked the example.`)
    const own = ownership(strong)
    expect(signal(copied, 'explanation-ownership').value).toBeGreaterThanOrEqual(80)
    expect(collaborationFlags(copied).map((f) => f.code)).toEqual(['copied-from-assistant'])
    expect(own.score - copied.score).toBe(COLLABORATION_WEIGHTS.ownership)
  })

  it('does not count shared short phrases such as big-O notation as copying', () => {
    const score = ownership(
      'The sort dominates, so the whole thing runs in O(n log n) time with O(n) memory, and the top k alone would be O(n log k).',
    )
    expect(signal(score, 'explanation-ownership').value).toBe(0)
  })
})

describe('reading messages', () => {
  it.each([
    ['Just to confirm: can k be larger than the list?', 'clarify'],
    ['What should it return when every label is 0?', 'clarify'],
    ['Can I assume the labels are integers?', 'clarify'],
    ['My plan is to sort the labels for the ideal DCG. Would that work?', 'plan'],
    ['Should I use a heap or sort the whole list?', 'plan'],
    ['What is IDCG?', 'concept'],
    ['Why does the discount use log2?', 'concept'],
    ["I don't want the full solution, just a hint about the discount.", 'concept'],
    ['My code fails on the empty list with a ZeroDivisionError. Why?', 'debug'],
    ['Just give me the code.', 'full-solution'],
    ['Write the ndcg_at_k function for me.', 'full-solution'],
    ['Can you solve the problem?', 'full-solution'],
    ['Give me the complete implementation please', 'full-solution'],
    ['not working, just give me the code', 'full-solution'],
  ])('%s → %s', (message, intent) => {
    expect(classifyMessage(message)).toBe(intent)
  })

  it.each([
    "That's wrong, the first position divides by zero.",
    'Are you sure? The example gives 0.9488, not 0.95.',
    'That fails on an empty list.',
    "Your version doesn't handle k larger than the list.",
    'I think instead we should sort in descending order.',
    'You forgot to normalise by the ideal DCG.',
  ])('push-back: %s', (message) => {
    expect(isPushBack(message)).toBe(true)
  })

  it.each([
    'My code fails on the empty list, can you help?',
    'Thanks, that works.',
    'What is the complexity of sorting?',
  ])('not push-back: %s', (message) => {
    expect(isPushBack(message)).toBe(false)
  })

  it('does not count push-back before the assistant has said anything', () => {
    const events = transcript().ask('Are you sure this is the right problem?').events
    const score = assessCollaboration({ events, finalCode, explanation: strong, policy: 'coach' })
    expect(signal(score, 'push-back').value).toBe(false)
  })
})
