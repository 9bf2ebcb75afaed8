// Code snapshots for the transcript, stored as small edits against the previous snapshot so a
// long session stays small, with a full copy now and then so replay never walks far.
export type Snapshot =
  | { kind: 'full'; code: string }
  | {
      kind: 'edit'
      /** chars kept from the start */ keep: number
      /** chars kept from the end */ tail: number
      text: string
    }

const FULL_EVERY = 50

/** The edit that turns `before` into `after`: keep a common prefix and suffix, replace the middle. */
export function diffCode(before: string, after: string): Snapshot {
  const max = Math.min(before.length, after.length)
  let keep = 0
  while (keep < max && before.charCodeAt(keep) === after.charCodeAt(keep)) keep++
  let tail = 0
  while (
    tail < max - keep &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  ) {
    tail++
  }
  return { kind: 'edit', keep, tail, text: after.slice(keep, after.length - tail) }
}

export function applySnapshot(before: string, snapshot: Snapshot): string {
  if (snapshot.kind === 'full') return snapshot.code
  return (
    before.slice(0, snapshot.keep) + snapshot.text + before.slice(before.length - snapshot.tail)
  )
}

/** A full copy every FULL_EVERY snapshots, or when an edit would not be smaller. */
export function encodeSnapshot(
  previous: string | undefined,
  code: string,
  index: number,
): Snapshot {
  if (previous === undefined || index % FULL_EVERY === 0) return { kind: 'full', code }
  const edit = diffCode(previous, code)
  return edit.kind === 'edit' && edit.text.length < code.length / 2 ? edit : { kind: 'full', code }
}

/** Replays snapshot events in order and returns the code after each. */
export function replaySnapshots(snapshots: Snapshot[]): string[] {
  const out: string[] = []
  let code = ''
  for (const s of snapshots) {
    code = applySnapshot(code, s)
    out.push(code)
  }
  return out
}
