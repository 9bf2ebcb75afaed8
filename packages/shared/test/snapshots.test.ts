// Transcript snapshots: edits against the previous snapshot replay to exactly the saved code.
import { describe, expect, it } from 'vitest'
import { applySnapshot, diffCode, encodeSnapshot, replaySnapshots } from '../src/snapshots.ts'

function randomEdit(code: string, rand: () => number): string {
  const at = Math.floor(rand() * (code.length + 1))
  const cut = Math.floor(rand() * Math.min(20, code.length - at + 1))
  const alphabet = 'abc \n()=:'
  const insert = Array.from(
    { length: Math.floor(rand() * 15) },
    () => alphabet[Math.floor(rand() * alphabet.length)],
  ).join('')
  return code.slice(0, at) + insert + code.slice(at + cut)
}

describe('code snapshots', () => {
  it('diffs to a small edit and applies back exactly', () => {
    const before = 'def f(x):\n    return x\n'
    const after = 'def f(x):\n    return x * 2\n'
    const edit = diffCode(before, after)
    expect(edit).toEqual({ kind: 'edit', keep: 22, tail: 1, text: ' * 2' })
    expect(applySnapshot(before, edit)).toBe(after)
  })

  it('replays a long random session exactly, and stays small', () => {
    let seed = 7
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    let code = 'def solve():\n    pass\n'.repeat(60)
    const versions: string[] = []
    const snapshots = []
    for (let i = 0; i < 300; i++) {
      const next = randomEdit(code, rand)
      snapshots.push(encodeSnapshot(i === 0 ? undefined : code, next, i))
      versions.push(next)
      code = next
    }
    expect(replaySnapshots(snapshots)).toEqual(versions)
    const stored = JSON.stringify(snapshots).length
    const naive = JSON.stringify(versions).length
    expect(stored).toBeLessThan(naive / 5)
  })

  it('handles repeated characters at the edit boundary', () => {
    for (const [a, b] of [
      ['aaaa', 'aaaaa'],
      ['aaaaa', 'aaaa'],
      ['abab', 'ab'],
      ['', 'x'],
      ['x', ''],
    ] as const) {
      expect(applySnapshot(a, diffCode(a, b))).toBe(b)
    }
  })
})
