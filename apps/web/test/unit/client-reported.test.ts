// Signals the browser reports (pastes, AI insertions) are labelled client-reported wherever a
// mentor sees them: the replay's timeline here, the review score's signals in ReviewScore.
import { describe, expect, it } from 'vitest'
import { describeEvent } from '../../src/components/review/replay-model.ts'

const at = '2026-11-30T10:00:00.000Z'

describe('client-reported events in the replay', () => {
  it('labels pastes and AI insertions, and nothing the server recorded', () => {
    const paste = describeEvent({ seq: 3, type: 'paste', at, data: { chars: 40, lines: 2 } })
    const fromAssistant = describeEvent({
      seq: 4,
      type: 'paste',
      at,
      data: { chars: 40, lines: 2, fromAssistant: true },
    })
    const insert = describeEvent({ seq: 5, type: 'ai_insert', at, data: { text: 'x = 1' } })
    for (const summary of [paste, fromAssistant, insert]) {
      expect(summary.title).toMatch(/\(client-reported\)$/)
    }
    const run = describeEvent({
      seq: 6,
      type: 'run',
      at,
      data: { status: 'passed', passed: 3, total: 3 },
    })
    expect(run.title).not.toContain('client-reported')
  })
})
